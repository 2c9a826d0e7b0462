package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes over bulk transfer runs whose server died. A run's chunks beat its heartbeat in {@code
 * cli_transfer_run}; a run that should be going but has been silent longer than {@code
 * clients.transfer.run-heartbeat-timeout} is marked interrupted and started again, on this
 * instance, from its checkpoint, exactly as an administrator's restart would (the job resumes after
 * the last committed chunk, and every transfer is idempotent).
 *
 * <p>Every instance of a cluster runs this timer ({@code clients.transfer.watchdog-interval},
 * non-persistent); the lock row {@value #LOCK} lets one instance look at a time, and the claim is a
 * conditional update of the run's row, so a run is taken over once even if two instances look.
 */
@Singleton
@Startup
public class TransferRunWatchdog {

    static final String LOCK = "transfer-run-watchdog";

    private static final Logger LOG = Logger.getLogger(TransferRunWatchdog.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ClientsConfiguration configuration;

    @Inject
    TransferRunLauncher launcher;

    @PostConstruct
    void schedule() {
        Duration every = configuration.watchdogInterval();
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig(LOCK, false));
    }

    /** Outside any transaction: the claim commits before a job starts, each step on its own. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void takeOverSilentRuns() {
        List<Long> claimed;
        try {
            claimed = launcher.claimSilentRuns(LOCK);
        } catch (RuntimeException e) {
            // The database may be away for a moment; the next tick tries again.
            LOG.log(Level.WARNING, "Could not look for silent transfer runs: " + e.getMessage());
            return;
        }
        for (long runId : claimed) {
            LOG.warning(() -> "Transfer run " + runId + " went silent; restarting it here from its checkpoint");
            try {
                launcher.recordExecution(runId, launcher.start(runId));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Transfer run " + runId + " could not be restarted", e);
                launcher.fail(runId, e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
    }
}
