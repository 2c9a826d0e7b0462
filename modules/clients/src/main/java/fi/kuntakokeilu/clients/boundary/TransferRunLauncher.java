package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.clients.TransferRunView;
import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Starts the batch job of a transfer run, each step in a transaction of its own: the run's row is
 * committed before the job starts (the job reads it from another thread), the job is started
 * outside any transaction (the batch runtime keeps its repository in a data source of its own),
 * and the execution id is recorded afterwards. A restart is a new job execution too: the run's
 * checkpoint lives in its row, so the execution resumes there even when the batch runtime's own
 * repository has forgotten the run (Payara Micro keeps it in an H2 file inside its runtime
 * directory).
 */
@ApplicationScoped
public class TransferRunLauncher {

    static final String JOB = "transfer-run";

    private static final Logger LOG = Logger.getLogger(TransferRunLauncher.class.getName());

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    ClientsConfiguration configuration;

    @Inject
    JdbcCustodyLedger ledger;

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    public long create(LocalDate effectiveDate, String trialArea, boolean dryRun, Caller caller) {
        return runs.create(effectiveDate, trialArea, dryRun, caller, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<TransferRunView> find(long runId) {
        return runs.find(runId);
    }

    /** When the run last showed a sign of life (a chunk committed, or it was requested). */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Instant> heartbeat(long runId) {
        return runs.heartbeat(runId);
    }

    /**
     * Claims a run for a restart if it is still as the caller saw it; false when someone (another
     * instance's watchdog, another administrator) has claimed or moved it since.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean interruptIfUnchanged(long runId, TransferRunStatus seen, Instant seenHeartbeat, String failure) {
        return runs.interruptIfUnchanged(runId, seen, seenHeartbeat, failure, clock.instant());
    }

    /**
     * Claims the runs whose heartbeat is older than {@code clients.transfer.run-heartbeat-timeout},
     * marking them interrupted so that they may be started again; the caller starts them once this
     * transaction has committed. The watchdog's lock row lets one instance at a time look; an
     * instance that finds it taken returns nothing.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public List<Long> claimSilentRuns(String lock) {
        if (!ledger.tryLock(lock)) {
            return List.of();
        }
        Instant now = clock.instant();
        Instant cutoff = now.minus(configuration.runHeartbeatTimeout());
        return runs.silentSince(cutoff).stream()
                .filter(id -> runs.interruptIfSilent(
                        id, cutoff, "no heartbeat since " + cutoff + ": taken over by another instance", now))
                .toList();
    }

    /** Starts the run's job; call it with no transaction active. Returns the job execution's id. */
    public long start(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(runId));
        parameters.setProperty("chunkSize", Integer.toString(configuration.transferChunkSize()));
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        LOG.info(() -> "Transfer run " + runId + " started as job execution " + execution);
        return execution;
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void recordExecution(long runId, long execution) {
        runs.recordExecution(runId, execution);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void fail(long runId, String failure) {
        runs.finish(runId, TransferRunStatus.FAILED, failure, clock.instant());
    }
}
