package fi.kuntakokeilu.evaluation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * A panel build on demand: every configured month end (FULL), or one month end (MONTH, with the
 * month as YYYY-MM).
 */
public record PanelBuildRequest(
        @NotNull Scope scope,

        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{evaluation.month.format}")
        String month) {

    public enum Scope {
        FULL,
        MONTH
    }
}
