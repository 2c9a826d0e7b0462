package fi.kuntakokeilu.evaluation.batch;

import fi.kuntakokeilu.evaluation.control.ExportStore;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Records the job execution on the export, and a failure when the job ends without completing it
 * (the documents step completes it). A stopped or failed export can be restarted: it resumes after
 * its checkpoint.
 */
@Named("exportJobListener")
@Dependent
public class ExportJobListener implements JobListener {

    private static final Logger LOG = Logger.getLogger(ExportJobListener.class.getName());

    @Inject
    JobContext job;

    @Inject
    ExportStore exports;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public void beforeJob() {
        exports.started(ExportJob.exportId(job), job.getExecutionId(), clock.instant());
    }

    @Override
    @Transactional
    public void afterJob() {
        long exportId = ExportJob.exportId(job);
        var export = exports.find(exportId).orElseThrow();
        if (!"COMPLETED".equals(export.status())) {
            BatchStatus status = job.getBatchStatus();
            String why =
                    "job execution " + job.getExecutionId() + " ended " + status + " (" + job.getExitStatus() + ")";
            LOG.warning(() -> "Export " + exportId + ": " + why);
            exports.finish(exportId, "FAILED", why, Caller.SYSTEM.username(), clock.instant());
        }
    }
}
