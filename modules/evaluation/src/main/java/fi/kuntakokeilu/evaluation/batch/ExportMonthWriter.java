package fi.kuntakokeilu.evaluation.batch;

import fi.kuntakokeilu.evaluation.control.ExportRun;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.List;

/** Writes the next month's file and moves the checkpoint, in the chunk's transaction. */
@Named("exportMonthWriter")
@Dependent
public class ExportMonthWriter extends AbstractItemWriter {

    @Inject
    jakarta.batch.runtime.context.JobContext job;

    @Inject
    ExportRun run;

    @Inject
    Clock clock;

    @Override
    public void writeItems(List<Object> items) {
        for (Object exportId : items) {
            try {
                run.writeNextMonth((Long) exportId, clock.instant());
            } catch (RuntimeException e) {
                // the job listener records the export failed with this reason
                job.setExitStatus(e.getClass().getSimpleName() + ": " + e.getMessage());
                throw e;
            }
        }
    }
}
