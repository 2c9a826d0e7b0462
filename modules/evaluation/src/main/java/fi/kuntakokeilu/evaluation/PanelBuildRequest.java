package fi.kuntakokeilu.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * A panel build on demand: every configured month end from the sources as they stand (FULL), one
 * month end (MONTH, with the month as YYYY-MM), or every month end as the sources stood at a
 * snapshot's data version (AS_OF_SNAPSHOT, with the snapshot's id), which gives the panel the
 * snapshot recorded, so the snapshot can be exported again byte for byte.
 */
public record PanelBuildRequest(
        @NotNull Scope scope,

        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{evaluation.month.format}")
        String month,

        @Positive Long snapshotId) {

    public enum Scope {
        FULL,
        MONTH,
        AS_OF_SNAPSHOT
    }
}
