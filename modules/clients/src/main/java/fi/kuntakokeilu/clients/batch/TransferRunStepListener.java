package fi.kuntakokeilu.clients.batch;

import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Passes why a step failed on to the job's exit status, where the run's failure is read from. */
@Named("transferRunStepListener")
@Dependent
public class TransferRunStepListener implements StepListener {

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
            job.setExitStatus(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        }
    }
}
