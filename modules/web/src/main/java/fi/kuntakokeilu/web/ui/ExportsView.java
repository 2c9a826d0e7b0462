package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.evaluation.Evaluation;
import fi.kuntakokeilu.evaluation.ExportManifest;
import fi.kuntakokeilu.evaluation.ExportRequest;
import fi.kuntakokeilu.evaluation.ExportView;
import fi.kuntakokeilu.platform.problem.ProblemException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pseudonymised research exports: the latest ones with their status, the manifest and files of
 * the one chosen, the progress of a running export (a progress bar polling {@code Evaluation.export}
 * every second until it finishes), and an export of the panel as it stands started on demand.
 * Evaluators and administrators only (web.xml and the evaluation module); no person appears.
 */
@Named
@ViewScoped
public class ExportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "INTERRUPTED");

    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    @Inject
    Evaluation evaluation;

    @Inject
    LanguageView language;

    @Inject
    FacesProblems problems;

    // The module's records are not Serializable: kept in memory with the view, read again by the
    // number of the chosen export after the session moved to another instance.
    private transient List<ExportView> exports;
    private transient ExportView chosen;
    private transient ExportManifest manifest;
    private boolean opened;
    private Long chosenId;
    private String purpose;

    /** The page's view action: the latest exports, the newest one chosen. */
    public void open() {
        if (opened) {
            return;
        }
        exports = problems.orErrorPage(evaluation::exports);
        opened = exports != null;
        if (exports != null && !exports.isEmpty()) {
            choose(exports.get(0).id());
        }
    }

    /** Shows an export of the list: its progress, manifest and files. */
    public void choose(long id) {
        ExportView read = problems.attempt(() -> evaluation.export(id), Map.of());
        if (read != null) {
            chosen = read;
            chosenId = read.id();
            readManifest();
        }
    }

    /** Starts an export of the panel as it stands; the module refuses a second one while one runs. */
    public void start() {
        ExportView started = problems.attempt(
                () -> evaluation.startExport(new ExportRequest(ExportRequest.Source.CURRENT_PANEL, null, purpose)),
                Map.of("purpose", "start:purpose"));
        if (started != null) {
            chosen = started;
            chosenId = started.id();
            manifest = null;
            purpose = null;
            exports = evaluation.exports();
            problems.confirm("exports.started", started.id());
        }
    }

    /** Percent of the months written, polled by the progress bar; 100 only once the export has finished. */
    public int getProgress() {
        if (getChosen() == null) {
            return 0;
        }
        if (!isFinished()) {
            long id = chosen.id();
            chosen = evaluation.export(id);
        }
        if (isFinished()) {
            return 100;
        }
        if (chosen.monthsTotal() <= 0) {
            return 0;
        }
        return Math.min(99, chosen.monthsDone() * 100 / chosen.monthsTotal());
    }

    /** The progress bar reached 100: the finished export, its manifest and the list afresh. */
    public void finished() {
        if (getChosen() != null) {
            long id = chosen.id();
            chosen = evaluation.export(id);
            exports = evaluation.exports();
            readManifest();
        }
    }

    private void readManifest() {
        try {
            manifest = chosen.snapshotId() == null ? null : evaluation.manifest(chosen.id());
        } catch (ProblemException e) {
            manifest = null;
        }
    }

    public boolean isFinished() {
        return getChosen() != null && FINISHED.contains(chosen.status());
    }

    public String time(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .format(instant.atZone(HELSINKI));
    }

    public List<ExportView> getExports() {
        if (exports == null && opened) {
            exports = evaluation.exports();
        }
        return exports == null ? List.of() : exports;
    }

    public ExportView getChosen() {
        if (chosen == null && chosenId != null) {
            chosen = evaluation.export(chosenId);
            readManifest();
        }
        return chosen;
    }

    public ExportManifest getManifest() {
        getChosen();
        return manifest;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
