package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.AreaFigures;
import fi.kuntakokeilu.reporting.AreaSeries;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.IndicatorFigure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.PeriodChange;
import fi.kuntakokeilu.reporting.RankedArea;
import fi.kuntakokeilu.reporting.SubgroupFigures;
import fi.kuntakokeilu.reporting.TimeSeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the monthly status report from published months ({@link PublishedMonth}): the month
 * itself, the previous month and the same month a year earlier for the changes, and the twelve
 * months before it for the series. Every number is taken from a published month or computed from
 * published figures by {@link DerivedFigures}, so a change against a hidden count is hidden.
 *
 * <p>The months are {@link YearMonth}s, so "the previous month" of January 2022 is December 2021
 * and "a year earlier" is January 2021 (TEM's monthly reviews compare the same way). A month the
 * panel does not hold makes the change not applicable ({@code .}), not zero.
 */
public final class MonthlyStatusReportBuilder {

    /** The indicators the report charts over time, when the catalogue has them. */
    static final List<String> CHARTED = List.of("UNEMPLOYED", "ACTIVATION_RATE");

    static final String JOB_SEEKERS = "JOB_SEEKERS";
    static final String UNEMPLOYED = "UNEMPLOYED";

    private final Function<YearMonth, Optional<PublishedMonth>> months;
    private final Map<String, AreaName> names;
    private final int largestAreas;

    /**
     * @param months the published figures of a month, empty when the panel does not hold it
     * @param names trial areas' names by key; an area missing here is shown by its key
     * @param largestAreas how many areas the ranking lists
     */
    public MonthlyStatusReportBuilder(
            Function<YearMonth, Optional<PublishedMonth>> months, Map<String, AreaName> names, int largestAreas) {
        this.months = Objects.requireNonNull(months, "months");
        this.names = Map.copyOf(names);
        this.largestAreas = largestAreas;
    }

    /**
     * @throws IllegalArgumentException when the panel does not hold the month (the caller checks
     *     first and answers 404)
     */
    public MonthlyStatusReport build(YearMonth month, int threshold, String catalogueVersion) {
        PublishedMonth current =
                months.apply(month).orElseThrow(() -> new IllegalArgumentException("no panel for " + month));
        Optional<PublishedMonth> previous = months.apply(month.minusMonths(1));
        Optional<PublishedMonth> yearAgo = months.apply(month.minusYears(1));

        List<AreaFigures> areas = new ArrayList<>();
        for (String areaKey : current.areaKeys()) {
            AreaName name = name(areaKey);
            areas.add(new AreaFigures(areaKey, name.fi(), name.sv(), subgroups(current, previous, yearAgo, areaKey)));
        }
        AreaFigures total = new AreaFigures(null, null, null, subgroups(current, previous, yearAgo, null));
        return new MonthlyStatusReport(
                month.toString(),
                threshold,
                catalogueVersion,
                current.catalogue().stream().map(IndicatorDefinition::key).toList(),
                areas,
                total,
                largest(current),
                current.countryComparison(),
                series(month, current));
    }

    private AreaName name(String areaKey) {
        return names.getOrDefault(areaKey, AreaName.ofKey(areaKey));
    }

    private static List<SubgroupFigures> subgroups(
            PublishedMonth current,
            Optional<PublishedMonth> previous,
            Optional<PublishedMonth> yearAgo,
            String areaKey) {
        List<SubgroupFigures> result = new ArrayList<>();
        for (Subgroup subgroup : Subgroup.values()) {
            if (!current.lines().containsKey(subgroup)) {
                continue;
            }
            List<IndicatorFigure> indicators = new ArrayList<>();
            for (IndicatorDefinition definition : current.catalogue()) {
                Figure value = current.figure(subgroup, definition.key(), areaKey);
                indicators.add(new IndicatorFigure(
                        definition.key(),
                        definition.kind(),
                        value,
                        change(definition, value, earlier(previous, subgroup, definition.key(), areaKey)),
                        change(definition, value, earlier(yearAgo, subgroup, definition.key(), areaKey))));
            }
            result.add(new SubgroupFigures(subgroup, indicators));
        }
        return result;
    }

    private static Figure earlier(Optional<PublishedMonth> month, Subgroup subgroup, String key, String areaKey) {
        return month.filter(m -> m.lines().containsKey(subgroup) && m.hasIndicator(key))
                .map(m -> m.figure(subgroup, key, areaKey))
                .orElse(Figure.notApplicable());
    }

    /** Counts change in persons and per cent; shares in percentage points only. */
    private static PeriodChange change(IndicatorDefinition definition, Figure current, Figure earlier) {
        PeriodChange change = DerivedFigures.change(current, earlier);
        if (definition.kind() == IndicatorKind.SHARE) {
            Figure percent = change.absolute().isSuppressed() ? Figure.suppressed() : Figure.notApplicable();
            return new PeriodChange(change.absolute(), percent);
        }
        return change;
    }

    /** The largest areas by published job seekers; equal counts share a rank. */
    private List<RankedArea> largest(PublishedMonth month) {
        if (!month.hasIndicator(JOB_SEEKERS)) {
            return List.of();
        }
        List<String> keys = month.areaKeys().stream()
                .filter(key -> month.figure(Subgroup.ALL, JOB_SEEKERS, key).isShown())
                .sorted(Comparator.comparing((String key) ->
                                month.figure(Subgroup.ALL, JOB_SEEKERS, key).value())
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<RankedArea> ranked = new ArrayList<>();
        int rank = 0;
        Figure previous = null;
        for (int i = 0; i < keys.size() && i < largestAreas; i++) {
            String key = keys.get(i);
            Figure jobSeekers = month.figure(Subgroup.ALL, JOB_SEEKERS, key);
            if (previous == null || jobSeekers.value().compareTo(previous.value()) != 0) {
                rank = i + 1;
            }
            previous = jobSeekers;
            AreaName name = name(key);
            ranked.add(new RankedArea(
                    rank,
                    key,
                    name.fi(),
                    name.sv(),
                    jobSeekers,
                    figureOrNone(month, UNEMPLOYED, key),
                    figureOrNone(month, MonthPublisher.UNEMPLOYED_SHARE, key)));
        }
        return ranked;
    }

    private static Figure figureOrNone(PublishedMonth month, String key, String areaKey) {
        return month.hasIndicator(key) ? month.figure(Subgroup.ALL, key, areaKey) : Figure.notApplicable();
    }

    /** The charted indicators over the thirteen months up to this one, for every area and in total. */
    private List<TimeSeries> series(YearMonth month, PublishedMonth current) {
        List<YearMonth> span = new ArrayList<>();
        for (int back = 12; back >= 0; back--) {
            span.add(month.minusMonths(back));
        }
        List<Optional<PublishedMonth>> published = span.stream()
                .map(m -> m.equals(month) ? Optional.of(current) : months.apply(m))
                .toList();
        List<TimeSeries> result = new ArrayList<>();
        for (String indicator : CHARTED) {
            if (!current.hasIndicator(indicator)) {
                continue;
            }
            List<AreaSeries> lines = new ArrayList<>();
            for (String areaKey : current.areaKeys()) {
                AreaName name = name(areaKey);
                lines.add(new AreaSeries(areaKey, name.fi(), name.sv(), values(published, indicator, areaKey)));
            }
            lines.add(new AreaSeries(null, null, null, values(published, indicator, null)));
            result.add(new TimeSeries(
                    indicator, span.stream().map(YearMonth::toString).toList(), lines));
        }
        return result;
    }

    private static List<Figure> values(List<Optional<PublishedMonth>> published, String indicator, String areaKey) {
        return published.stream()
                .map(month -> earlier(month, Subgroup.ALL, indicator, areaKey))
                .toList();
    }
}
