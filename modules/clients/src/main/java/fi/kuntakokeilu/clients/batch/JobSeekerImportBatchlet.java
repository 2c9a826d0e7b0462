package fi.kuntakokeilu.clients.batch;

import fi.kuntakokeilu.clients.boundary.ImportChunks;
import fi.kuntakokeilu.clients.boundary.ImportLauncher;
import fi.kuntakokeilu.clients.boundary.ImportRunner;
import fi.kuntakokeilu.clients.control.CustomerExtract;
import fi.kuntakokeilu.clients.control.TransferContext;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The job of an import uploaded on the administrators' page: reads the stored extract with the same
 * loop as an import read in a request ({@link ImportRunner}), acting for the administrator who
 * uploaded it (their name and role on every audit row), then deletes the file. A failure is recorded
 * on the import (status FAILED with the reason); rows written before it stay written and counted.
 */
@Named("jobSeekerImportBatchlet")
@Dependent
public class JobSeekerImportBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(JobSeekerImportBatchlet.class.getName());

    @Inject
    JobContext job;

    @Inject
    ImportRunner runner;

    @Inject
    ImportChunks chunks;

    private volatile boolean stopped;

    @Override
    public String process() {
        long importId = Long.parseLong(job.getProperties().getProperty("importId"));
        Path file = Path.of(job.getProperties().getProperty("file"));
        boolean reading = false;
        try {
            Caller caller = chunks.requester(importId).orElseThrow();
            TransferContext context = chunks.context();
            try (Reader reader = ImportLauncher.reader(file);
                    CustomerExtract extract = CustomerExtract.open(reader, context.areas())) {
                reading = true;
                // records how the import ended, failed ones too
                runner.run(importId, extract, context, caller, () -> stopped);
            }
            return BatchStatus.COMPLETED.name();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + importId + " failed", e);
            if (!reading) {
                chunks.finish(importId, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            ImportLauncher.discard(file);
        }
    }

    @Override
    public void stop() {
        stopped = true;
    }
}
