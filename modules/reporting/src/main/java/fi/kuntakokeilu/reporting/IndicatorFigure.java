package fi.kuntakokeilu.reporting;

import fi.kuntakokeilu.evaluation.IndicatorKind;
import java.util.Objects;

/**
 * One indicator of the catalogue for one body and subgroup in a month's report, with its change on
 * the previous month and on the same month a year earlier.
 *
 * <p>For a count the changes are in persons and per cent of the earlier count. For a share the
 * absolute change is in percentage points and the per-cent change is not applicable: a relative
 * change of a percentage reads too easily as points.
 *
 * @param key the catalogue key, for example {@code UNEMPLOYED}
 * @param kind count or share
 * @param value the figure of the month
 * @param monthOnMonth change on the previous month (not applicable when the panel lacks that month)
 * @param yearOnYear change on the same month a year earlier (likewise)
 */
public record IndicatorFigure(
        String key, IndicatorKind kind, Figure value, PeriodChange monthOnMonth, PeriodChange yearOnYear) {

    public IndicatorFigure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(monthOnMonth, "monthOnMonth");
        Objects.requireNonNull(yearOnYear, "yearOnYear");
    }
}
