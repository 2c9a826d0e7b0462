package fi.kuntakokeilu.evaluation;

import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * The count indicators of one month end for one body and one subgroup.
 *
 * @param month the month whose last day the panel describes
 * @param scope a trial area, all trial areas together, or the whole country
 * @param areaKey the trial area's key when the scope is {@link CountScope#TRIAL_AREA}, else {@code null}
 * @param subgroup all job seekers, or one target subgroup
 * @param counts the value of every count indicator, by key
 */
public record IndicatorCounts(
        YearMonth month, CountScope scope, String areaKey, Subgroup subgroup, Map<String, Long> counts) {

    public IndicatorCounts {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subgroup, "subgroup");
        if ((scope == CountScope.TRIAL_AREA) != (areaKey != null)) {
            throw new IllegalArgumentException("a trial area's row, and only it, names the area");
        }
        counts = Map.copyOf(counts);
    }

    /** @throws IllegalArgumentException when the key is no count indicator */
    public long count(String key) {
        Long value = counts.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no count indicator " + key);
        }
        return value;
    }
}
