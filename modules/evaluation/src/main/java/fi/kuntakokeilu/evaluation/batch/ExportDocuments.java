package fi.kuntakokeilu.evaluation.batch;

import fi.kuntakokeilu.evaluation.control.ExportRun;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Writes the data dictionary and the manifest, completes the export and applies retention. */
@Named("exportDocuments")
@Dependent
public class ExportDocuments extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ExportRun run;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public String process() {
        run.complete(ExportJob.exportId(job), Caller.SYSTEM.username(), clock.instant());
        return "COMPLETED";
    }
}
