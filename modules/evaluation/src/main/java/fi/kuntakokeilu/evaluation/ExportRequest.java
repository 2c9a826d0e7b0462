package fi.kuntakokeilu.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * An export on demand: of the panel as it stands (a new snapshot), or again of an earlier snapshot
 * (which gives the same files as before, as long as the panel still is what the snapshot recorded).
 *
 * @param source CURRENT_PANEL or SNAPSHOT
 * @param snapshotId the snapshot to export again; only with SNAPSHOT
 * @param purpose why the export is made, for the delivery log
 */
public record ExportRequest(
        @NotNull Source source,
        @Positive Long snapshotId,
        @Size(max = 500) String purpose) {

    public enum Source {
        CURRENT_PANEL,
        SNAPSHOT
    }
}
