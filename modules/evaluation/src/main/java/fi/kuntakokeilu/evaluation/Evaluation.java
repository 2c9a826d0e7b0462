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
