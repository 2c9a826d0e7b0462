package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * Runs an uploaded extract as a batch job, as bulk transfer runs do ({@link TransferRunLauncher}):
 * the upload is first stored in {@code clients.import.spool-directory} with its lines counted, the
 * import's row is committed, and only then is the job {@value #JOB} started (outside any
 * transaction); the job reads the stored file, a chunk per transaction, and deletes it at the end.
 */
@ApplicationScoped
public class ImportLauncher {

    static final String JOB = "job-seeker-import";

    private static final Logger LOG = Logger.getLogger(ImportLauncher.class.getName());

    @Inject
    ClientsConfiguration configuration;

    /** An extract stored for its job, and its data lines. */
    public record Spooled(Path file, long dataLines) {}

    /**
     * Stores an upload, counting its data lines as it goes: the non-blank lines after the header,
     * which are the rows the import will read (a value spanning lines in quotes counts each line, so
     * such a file's progress reaches 100 % only when it has finished).
     */
    public Spooled spool(InputStream upload) {
        return store(upload, configuration.importSpoolDirectory());
    }

    /** Stores an upload in a directory, counting its data lines (see {@link #spool}). */
    public static Spooled store(InputStream upload, Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = Files.createTempFile(directory, "extract-", ".csv");
            long nonBlank = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                boolean content = false;
                for (int n = upload.read(buffer); n >= 0; n = upload.read(buffer)) {
                    out.write(buffer, 0, n);
                    for (int i = 0; i < n; i++) {
                        byte b = buffer[i];
                        if (b == '\n') {
                            nonBlank += content ? 1 : 0;
                            content = false;
                        } else if (b != ' ' && b != '\t' && b != '\r') {
                            content = true;
                        }
                    }
                }
                nonBlank += content ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(file);
                throw e;
            }
            return new Spooled(file, Math.max(0, nonBlank - 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the import's job; call it with no transaction active. Returns the job execution's id. */
    public long start(long importId, Path file) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(importId));
        parameters.setProperty("file", file.toAbsolutePath().toString());
        long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
        LOG.info(() -> "Import " + importId + " started as job execution " + execution);
        return execution;
    }

    /**
     * Reads a stored extract as UTF-8 the way an upload through the API is read: a byte that is not
     * UTF-8 becomes a replacement character in its row (refused there), not a failure of the file.
     */
    public static Reader reader(Path file) throws IOException {
        return new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8);
    }

    /** Deletes a stored extract (once read, or when its job could not start). */
    public static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning(() -> "Could not delete the stored extract " + file + ": " + e);
        }
    }
}
