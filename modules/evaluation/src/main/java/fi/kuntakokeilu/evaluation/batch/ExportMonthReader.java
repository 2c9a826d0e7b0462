package fi.kuntakokeilu.evaluation.batch;

import fi.kuntakokeilu.evaluation.control.ExportRun;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Hands the writer one item per month still to write: the export's id, for as long as a month
 * after the export's own checkpoint remains. The checkpoint lives in {@code eva_export}, so the
 * batch runtime's checkpoint is not needed to resume.
 */
@Named("exportMonthReader")
@Dependent
public class ExportMonthReader extends AbstractItemReader {

    @Inject
    JobContext job;

    @Inject
    ExportRun run;

    @Override
    public Object readItem() {
        long exportId = ExportJob.exportId(job);
        return run.hasNextMonth(exportId) ? exportId : null;
    }
}
