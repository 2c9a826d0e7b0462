package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.clients.TransferRunView;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Marks the run running (with the number of job seekers it will go through) and, at the end,
 * completed, failed, or interrupted when the database went away (the watchdog resumes those). If
 * the database is still away, this last write fails too and the run keeps its old status with a
 * heartbeat growing old: the watchdog resumes it all the same.
 */
@Named("transferRunListener")
@Dependent
public class TransferRunListener implements JobListener {

    @Inject
    JobContext job;

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void beforeJob() {
        long runId = TransferRunState.runId(job);
        TransferRunView run = runs.find(runId).orElseThrow();
        runs.markRunning(runId, runs.population(run.effectiveDate()), clock.instant());
    }

    @Override
    @Transactional
    public void afterJob() {
        long runId = TransferRunState.runId(job);
        // The batch status is still STARTED while job listeners run: a failed step says so in the
        // exit status (see TransferRunStepListener); a stopped job in its batch status.
        String exit = job.getExitStatus();
        BatchStatus status = job.getBatchStatus();
        if (exit != null && exit.startsWith(TransferRunStepListener.INTERRUPTED)) {
            runs.finish(runId, TransferRunStatus.INTERRUPTED, exit, clock.instant());
        } else if (exit != null && exit.startsWith(TransferRunStepListener.FAILED)) {
            runs.finish(runId, TransferRunStatus.FAILED, exit, clock.instant());
        } else if (status == BatchStatus.FAILED || status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            runs.finish(runId, TransferRunStatus.FAILED, status.name(), clock.instant());
        } else {
            runs.finish(runId, TransferRunStatus.COMPLETED, null, clock.instant());
        }
    }
}
