package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts the batch job of a transfer run once the run's row is committed (the job reads it from
 * another thread). A restart is a new job execution too: the run's checkpoint lives in its row, so
 * the execution resumes there even when the batch runtime's own repository has forgotten the run
 * (Payara Micro keeps it in an H2 file inside its runtime directory).
 */
@ApplicationScoped
public class TransferRunLauncher {

    static final String JOB = "transfer-run";

    private static final Logger LOG = Logger.getLogger(TransferRunLauncher.class.getName());

    /** A run's row is written and its job should start. */
    public record Requested(long runId) {}

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    ClientsConfiguration configuration;

    @Inject
    Clock clock;

    /**
     * Runs after the requesting transaction committed, outside any transaction: the batch runtime
     * keeps its repository in its own data source and starts the job on a thread of its own.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    void launch(@Observes(during = TransactionPhase.AFTER_SUCCESS) Requested request) {
        Properties parameters = new Properties();
        parameters.setProperty("runId", Long.toString(request.runId()));
        parameters.setProperty("chunkSize", Integer.toString(configuration.transferChunkSize()));
        try {
            JobOperator operator = BatchRuntime.getJobOperator();
            long execution = operator.start(JOB, parameters);
            recordExecution(request.runId(), execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Transfer run " + request.runId() + " could not start", e);
            fail(request.runId(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
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
