package fi.kuntakokeilu.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The evaluation module's settings (MicroProfile Config; defaults in this module's {@code
 * META-INF/microprofile-config.properties}, overridden by environment variables such as {@code
 * EVALUATION_EXPORT_DIRECTORY}).
 *
 * <ul>
 *   <li>{@code evaluation.panel.first-month} (2020-03), {@code evaluation.panel.last-month}
 *       (2024-12): the month ends a full panel build covers (a year before the trial's start as the
 *       pre-period, to the trial's end).
 *   <li>{@code evaluation.panel.workers} (2): how many months a build writes at once, each in a
 *       transaction and on a database connection of its own (the months are split into that many
 *       runs of consecutive months; set it to the cores the database can give a build).
 *   <li>{@code evaluation.export.at} (02:00) in {@code evaluation.export.zone} (Europe/Helsinki):
 *       when the nightly export runs.
 *   <li>{@code evaluation.export.directory} (default {@code exports} under the server's working
 *       directory): where export files go, one sub-directory per export.
 *   <li>{@code evaluation.export.keep} (7): how many completed exports are kept; older ones' files
 *       are deleted (their rows and manifests stay).
 *   <li>{@code evaluation.export.project} (kuntakokeilu-evaluation): the research project the
 *       pseudonyms are keyed for.
 *   <li>{@code evaluation.export.key-id} (no default) and {@code evaluation.export.key.<key-id>}
 *       (base64, at least 32 bytes, no default): the current pseudonymisation key. Rotating means
 *       adding a key under a new id and pointing {@code key-id} at it; each export records its key
 *       id. Without a key no export runs.
 * </ul>
 */
@ApplicationScoped
public class EvaluationConfiguration {

    @Inject
    Config config;

    @Inject
    @ConfigProperty(name = "evaluation.panel.first-month", defaultValue = "2020-03")
    String firstMonth;

    @Inject
    @ConfigProperty(name = "evaluation.panel.last-month", defaultValue = "2024-12")
    String lastMonth;

    @Inject
    @ConfigProperty(name = "evaluation.panel.workers", defaultValue = "2")
    int panelWorkers;

    @Inject
    @ConfigProperty(name = "evaluation.export.at", defaultValue = "02:00")
    String exportAt;

    @Inject
    @ConfigProperty(name = "evaluation.export.zone", defaultValue = "Europe/Helsinki")
    String exportZone;

    @Inject
    @ConfigProperty(name = "evaluation.export.directory")
    Optional<String> exportDirectory;

    @Inject
    @ConfigProperty(name = "evaluation.export.keep", defaultValue = "7")
    int keep;

    @Inject
    @ConfigProperty(name = "evaluation.export.project", defaultValue = "kuntakokeilu-evaluation")
    String project;

    @Inject
    @ConfigProperty(name = "evaluation.export.key-id")
    Optional<String> keyId;

    public YearMonth firstMonth() {
        return YearMonth.parse(firstMonth.trim());
    }

    public YearMonth lastMonth() {
        return YearMonth.parse(lastMonth.trim());
    }

    public int panelWorkers() {
        return Math.max(1, panelWorkers);
    }

    public LocalTime exportAt() {
        return LocalTime.parse(exportAt.trim());
    }

    public ZoneId exportZone() {
        return ZoneId.of(exportZone.trim());
    }

    public Path exportDirectory() {
        return exportDirectory
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.dir"), "exports"))
                .toAbsolutePath();
    }

    public int keep() {
        return Math.max(1, keep);
    }

    public String project() {
        return project.trim();
    }

    /** The current key id and its key, when configured. */
    public Optional<PseudonymKey> currentKey() {
        return keyId.filter(s -> !s.isBlank()).flatMap(this::key);
    }

    /** A key by id, so an export can tell which key it used even after rotation. */
    public Optional<PseudonymKey> key(String id) {
        return config.getOptionalValue("evaluation.export.key." + id.trim(), String.class)
                .filter(s -> !s.isBlank())
                .map(secret -> new PseudonymKey(
                        id.trim(), java.util.Base64.getDecoder().decode(secret.trim())));
    }
}
