package fi.kuntakokeilu.evaluation;

import java.nio.file.Path;
import java.util.List;

/**
 * Evaluation designs, panel builds and the pseudonymised research exports. For evaluators and
 * administrators; nothing here carries a name, an identity code or a birth date. Building the panel
 * and restarting exports are administrators' work.
 */
public interface Evaluation {

    List<DesignView> designs();

    /**
     * The effect of a design's treatment on an indicator over a period: difference-in-differences
     * with its 95% confidence interval and the event study with its pre-trend test, computed from
     * the panel per municipality and month end (docs/estimators.md). Aggregates only, so not audited.
     *
     * @throws fi.kuntakokeilu.platform.problem.InvalidInputException naming the field when the design
     *     or indicator is unknown, or the period cannot give a valid estimate (no treated month, no
     *     month before the start, too few municipalities, an event window the period cannot fill)
     */
    EstimateView estimate(@jakarta.validation.constraints.NotNull @jakarta.validation.Valid EstimateRequest request);

    /** The latest panel builds, newest first. */
    List<PanelBuildView> panelBuilds();

    /**
     * Rebuilds the whole panel (every configured month end), or only one month end when given; runs
     * before answering.
     *
     * @throws fi.kuntakokeilu.platform.problem.ConflictException when another build is running
     */
    PanelBuildView buildPanel(
            @jakarta.validation.constraints.NotNull @jakarta.validation.Valid PanelBuildRequest request);

    /** The latest exports, newest first, with their progress and files. */
    List<ExportView> exports();

    /** @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when there is no such export */
    ExportView export(long id);

    /**
     * Starts an export of the panel as it stands (a new snapshot) or of an earlier snapshot; answers
     * at once, the export runs as a batch job.
     *
     * @throws fi.kuntakokeilu.platform.problem.ConflictException when another export is running or no
     *     pseudonymisation key is configured
     */
    ExportView startExport(@jakarta.validation.constraints.NotNull @jakarta.validation.Valid ExportRequest request);

    /** Starts a failed or interrupted export again from its checkpoint. */
    ExportView restartExport(long id);

    /** @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException until the export has a snapshot */
    ExportManifest manifest(long id);

    /**
     * A file of an export, to download: the delivery log and the audit trail record who took it.
     *
     * @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when the export has no such
     *     file, or its files were deleted under the retention rule
     */
    ExportFileDownload download(long id, String name);

    /** A file ready to be sent: its name, media type, size and where it lies. */
    record ExportFileDownload(String name, String mediaType, long bytes, Path path) {}
}
