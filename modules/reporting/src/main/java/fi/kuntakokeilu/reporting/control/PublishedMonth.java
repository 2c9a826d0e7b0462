package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.CountryComparison;
import fi.kuntakokeilu.reporting.Figure;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every figure of one month as it may be published: each indicator of the catalogue for each trial
 * area and all trial areas together, per subgroup, after small-cell suppression, and the country
 * comparison. Reports, changes between months, series and benchmarks all read their numbers from
 * here, so a cell hidden in one view is hidden in every view.
 *
 * @param month the month end
 * @param catalogue the indicator definitions, in report order
 * @param areaKeys the trial areas of the panel, in key order
 * @param lines by subgroup, by indicator key
 * @param countryComparison the trial areas against the whole country
 */
public record PublishedMonth(
        YearMonth month,
        List<IndicatorDefinition> catalogue,
        List<String> areaKeys,
        Map<Subgroup, Map<String, Line>> lines,
        CountryComparison countryComparison) {

    /**
     * One indicator across the trial areas.
     *
     * @param byArea one figure per area, in the order of {@link #areaKeys()}
     * @param total all trial areas together
     */
    public record Line(List<Figure> byArea, Figure total) {

        public Line {
            byArea = List.copyOf(byArea);
            Objects.requireNonNull(total, "total");
        }
    }

    public PublishedMonth {
        catalogue = List.copyOf(catalogue);
        areaKeys = List.copyOf(areaKeys);
        lines = Map.copyOf(lines);
    }

    public Line line(Subgroup subgroup, String key) {
        Line line = lines.getOrDefault(subgroup, Map.of()).get(key);
        if (line == null) {
            throw new IllegalArgumentException("no indicator " + key + " for " + subgroup);
        }
        return line;
    }

    /**
     * An area's figure, or the total when {@code areaKey} is {@code null}; not applicable for an
     * area the panel did not hold that month.
     */
    public Figure figure(Subgroup subgroup, String key, String areaKey) {
        Line line = line(subgroup, key);
        if (areaKey == null) {
            return line.total();
        }
        int index = areaKeys.indexOf(areaKey);
        return index < 0 ? Figure.notApplicable() : line.byArea().get(index);
    }

    /** Whether the catalogue has an indicator with this key. */
    public boolean hasIndicator(String key) {
        return catalogue.stream().anyMatch(definition -> definition.key().equals(key));
    }
}
