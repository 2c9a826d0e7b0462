-- The lock row of the watchdog that restarts bulk transfer runs whose server died (TransferRunWatchdog).
INSERT INTO cli_job_lock (name) VALUES ('transfer-run-watchdog');
