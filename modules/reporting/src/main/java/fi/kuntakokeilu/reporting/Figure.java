package fi.kuntakokeilu.reporting;

import jakarta.json.bind.annotation.JsonbTransient;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number of a published statistic as an evaluator sees it: a count, a share, a rate or a
 * change, or the mark that it is withheld. Every aggregate that leaves the reporting module is made
 * of figures, so a suppressed cell can only travel as {@link FigureStatus#SUPPRESSED}, never as a
 * number someone forgot to blank.
 *
 * <p>In JSON a figure is {@code {"value": 12, "status": "SHOWN"}}, or only the status when it has no
 * number.
 *
 * <p>Counts have scale 0; shares and percentage changes carry the scale their helper documents. The
 * value is present exactly when the status is {@link FigureStatus#SHOWN}.
 *
 * @param value the number, or {@code null} when not shown
 * @param status shown, suppressed, or not applicable
 */
public record Figure(BigDecimal value, FigureStatus status) {

    private static final Figure SUPPRESSED = new Figure(null, FigureStatus.SUPPRESSED);
    private static final Figure NOT_APPLICABLE = new Figure(null, FigureStatus.NOT_APPLICABLE);

    public Figure {
        Objects.requireNonNull(status, "status");
        if ((value != null) != (status == FigureStatus.SHOWN)) {
            throw new IllegalArgumentException("a figure has a value exactly when it is shown: " + status);
        }
    }

    /** A published count (or a change in counts, which may be negative). */
    public static Figure count(long count) {
        return new Figure(BigDecimal.valueOf(count), FigureStatus.SHOWN);
    }

    /** A published number such as a share or a percentage. */
    public static Figure shown(BigDecimal value) {
        return new Figure(Objects.requireNonNull(value, "value"), FigureStatus.SHOWN);
    }

    /** A figure withheld for confidentiality. */
    public static Figure suppressed() {
        return SUPPRESSED;
    }

    /** A figure that does not exist, such as a share with a zero denominator. */
    public static Figure notApplicable() {
        return NOT_APPLICABLE;
    }

    @JsonbTransient
    public boolean isShown() {
        return status == FigureStatus.SHOWN;
    }

    @JsonbTransient
    public boolean isSuppressed() {
        return status == FigureStatus.SUPPRESSED;
    }

    /**
     * The shown value as a whole number.
     *
     * @throws IllegalStateException when the figure is not shown
     * @throws ArithmeticException when the value is not a whole number that fits a {@code long}
     */
    public long longValueExact() {
        if (!isShown()) {
            throw new IllegalStateException("the figure is not shown: " + status);
        }
        return value.longValueExact();
    }

    /** The number as plain text, or Statistics Finland's symbol for a figure without one. */
    @Override
    public String toString() {
        return isShown() ? value.toPlainString() : status.symbol();
    }
}
