package fi.kuntakokeilu.clients;

/** The life of a bulk transfer run. */
public enum TransferRunStatus {
    /** Recorded; the batch job has not begun. */
    STARTING,
    RUNNING,
    COMPLETED,
    /** Stopped by an error; an administrator may restart it from its checkpoint. */
    FAILED,
    /**
     * Stopped by its server dying (no heartbeat) or by the database going away, or claimed for a
     * restart: not finished, it resumes from its checkpoint by itself (the watchdog on any instance).
     */
    INTERRUPTED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
