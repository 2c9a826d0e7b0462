package fi.kuntakokeilu.evaluation.batch;

import jakarta.batch.runtime.context.JobContext;

/** What the export job's artefacts share: the export's id, from the job parameters. */
final class ExportJob {

    private ExportJob() {}

    static long exportId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty("exportId"));
    }
}
