package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.control.OrganisationStore;
import fi.kuntakokeilu.organisations.control.ReferenceDataFiles;
import fi.kuntakokeilu.organisations.control.ReferenceDataImport;
import fi.kuntakokeilu.platform.lifecycle.SchemaReady;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Loads the reference data at start-up: from the directory {@code kuntakokeilu.reference-data.dir}
 * when set (the repository's {@code config/reference-data} under {@code run}), else the copy inside
 * the WAR. An unchanged file is skipped; a changed one adds what it has new (see {@link
 * ReferenceDataImport} for why nothing is overwritten). Refused rows are logged with line and field.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class.getName());
    private static final List<String> FILES = List.of(ReferenceDataFiles.OFFICES, ReferenceDataFiles.AREAS);

    @Inject
    OrganisationStore store;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "kuntakokeilu.reference-data.dir")
    Optional<String> directory;

    @Transactional
    void load(@Observes @Priority(SchemaReady.REFERENCE_DATA) SchemaReady ready) {
        ReferenceDataImport importer = new ReferenceDataImport(store, clock);
        for (String file : FILES) {
            importer.load(file, read(file)).ifPresent(result -> {
                LOG.info(() -> "Reference data " + file + ": " + result.added() + " rows added, "
                        + result.errors().size() + " refused");
                result.errors()
                        .forEach(e ->
                                LOG.warning(() -> file + " line " + e.line() + " " + e.field() + ": " + e.reason()));
            });
        }
    }

    private String read(String file) {
        try {
            if (directory.isPresent() && Files.isRegularFile(Path.of(directory.get(), file))) {
                return Files.readString(Path.of(directory.get(), file), StandardCharsets.UTF_8);
            }
            try (InputStream in =
                    Thread.currentThread().getContextClassLoader().getResourceAsStream("reference-data/" + file)) {
                if (in == null) {
                    LOG.warning(() -> "No reference data file " + file);
                    return "";
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + file, e);
        }
    }
}
