package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.CustomerExtract;
import fi.kuntakokeilu.clients.control.TransferContext;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.BooleanSupplier;

/**
 * Reads an opened extract to its end, a chunk per transaction ({@link ImportChunks}), and records how
 * the import ended: the one loop of both ways an import runs, in the request of a REST upload and in
 * the batch job of an upload on the administrators' page.
 */
@ApplicationScoped
public class ImportRunner {

    @Inject
    ImportChunks chunks;

    @Inject
    ClientsConfiguration configuration;

    /**
     * @param stopped asked between chunks: true ends the import as failed, keeping what was written
     * @throws RuntimeException what stopped the import, after it was recorded as failed
     */
    public void run(
            long importId, CustomerExtract extract, TransferContext context, Caller caller, BooleanSupplier stopped) {
        try {
            int size = configuration.importChunkSize();
            for (var chunk = extract.nextChunk(size); !chunk.isEmpty(); chunk = extract.nextChunk(size)) {
                chunks.write(importId, chunk, context, caller);
                if (stopped.getAsBoolean()) {
                    chunks.finish(importId, "FAILED", "stopped");
                    return;
                }
            }
            chunks.finish(importId, "COMPLETED", null);
        } catch (RuntimeException e) {
            chunks.finish(importId, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }
}
