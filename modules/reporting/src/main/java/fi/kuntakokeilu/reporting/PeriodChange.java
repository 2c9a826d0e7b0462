package fi.kuntakokeilu.reporting;

import java.util.Objects;

/**
 * The change of a count against an earlier period, as in TEM's monthly reviews: on the previous
 * month or on the same month a year earlier. Which earlier period is meant is the caller's choice;
 * the arithmetic and the suppression are the same.
 *
 * @param absolute current minus earlier, a whole number that may be negative
 * @param percent the absolute change as a percentage of the earlier count
 */
public record PeriodChange(Figure absolute, Figure percent) {

    public PeriodChange {
        Objects.requireNonNull(absolute, "absolute");
        Objects.requireNonNull(percent, "percent");
    }
}
