package fi.kuntakokeilu.evaluation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A request for the effect of a design's treatment on one indicator over a period of month ends
 * (docs/estimators.md, "The estimates endpoint").
 *
 * @param design the design's key, e.g. {@code kuntakokeilu-2021}
 * @param indicator an indicator key of the catalogue, e.g. {@code ACTIVATION_RATE}
 * @param from the first month of the period, YYYY-MM
 * @param to the last month of the period, YYYY-MM; at most {@value #MAX_MONTHS} months after {@code from}
 * @param leads the event study's window starts at relative month −leads; when missing, as many as
 *     the period allows up to {@value #DEFAULT_LEADS}
 * @param lags the event study's window ends at relative month +lags; when missing, as many as the
 *     period allows up to {@value #DEFAULT_LAGS}
 */
public record EstimateRequest(
        @NotNull @Size(min = 1, max = 60) String design,

        @NotNull @Size(min = 1, max = 60) String indicator,

        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{evaluation.month.format}")
        String from,

        @NotNull @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "{evaluation.month.format}")
        String to,

        @Min(2) @Max(24) Integer leads,

        @Min(0) @Max(48) Integer lags) {

    /** The longest period, in months from the first to the last. */
    public static final int MAX_MONTHS = 120;

    public static final int DEFAULT_LEADS = 6;

    public static final int DEFAULT_LAGS = 12;
}
