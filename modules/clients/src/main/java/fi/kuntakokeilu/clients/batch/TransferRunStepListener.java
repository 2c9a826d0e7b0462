package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.platform.problem.DatabaseUnavailable;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Passes why a step failed on to the job's exit status, where the run's failure is read from: while
 * the job's listeners run, its batch status does not yet tell a failure from a success. A step that
 * failed because the database went away is interrupted, not failed: the run resumes from its
 * checkpoint by itself (TransferRunWatchdog) once the database is back.
 */
@Named("transferRunStepListener")
@Dependent
public class TransferRunStepListener implements StepListener {

    /** How a failed step's exit status begins. */
    static final String FAILED = "FAILED";

    /** How the exit status of a step begins that the database's going away stopped. */
    static final String INTERRUPTED = "INTERRUPTED";

    private static final Logger LOG = Logger.getLogger(TransferRunStepListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Override
    public void beforeStep() {
        // nothing to prepare: the reader finds its own checkpoint
    }

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            LOG.log(Level.SEVERE, "Transfer run " + TransferRunState.runId(job) + " failed", failure);
            job.setExitStatus(exitStatus(failure));
        }
    }

    /** The job's exit status after a step failed this way. */
    static String exitStatus(Throwable failure) {
        String outcome = DatabaseUnavailable.causedBy(failure) ? INTERRUPTED : FAILED;
        return outcome + " " + failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
