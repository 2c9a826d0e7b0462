package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.Benchmark;
import fi.kuntakokeilu.reporting.BenchmarkEntry;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.PeriodChange;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Ranks one indicator across the trial areas (domain brief, "Context from the EU Social Fund
 * seeds": benchmarking between areas is a first-class view). Every number is a published figure of
 * {@link PublishedMonth}, the same as in the monthly report, so the benchmark hides what the
 * report hides and adds no equation of its own: a rank is given only to shown figures, and the
 * trend of each area is its published figure month by month.
 */
public final class BenchmarkBuilder {

    /** Months in a trend: the benchmark's month and the eleven before it. */
    static final int TREND_MONTHS = 12;

    private final Function<YearMonth, Optional<PublishedMonth>> months;
    private final Map<String, AreaName> names;

    public BenchmarkBuilder(Function<YearMonth, Optional<PublishedMonth>> months, Map<String, AreaName> names) {
        this.months = months;
        this.names = Map.copyOf(names);
    }

    /**
     * @param ownAreas the areas the caller serves, marked {@code own}
     * @throws IllegalArgumentException when the panel lacks the month or the catalogue the indicator
     */
    public Benchmark build(String indicator, YearMonth month, int threshold, Set<String> ownAreas) {
        PublishedMonth current =
                months.apply(month).orElseThrow(() -> new IllegalArgumentException("no panel for " + month));
        IndicatorDefinition definition = current.catalogue().stream()
                .filter(d -> d.key().equals(indicator))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + indicator));
        List<YearMonth> trendMonths = new ArrayList<>();
        for (int back = TREND_MONTHS - 1; back >= 0; back--) {
            trendMonths.add(month.minusMonths(back));
        }
        List<Optional<PublishedMonth>> trendFigures = trendMonths.stream()
                .map(m -> m.equals(month) ? Optional.of(current) : months.apply(m))
                .toList();
        Optional<PublishedMonth> yearAgo = months.apply(month.minusYears(1));

        List<String> ranked = current.areaKeys().stream()
                .filter(key -> current.figure(Subgroup.ALL, indicator, key).isShown())
                .sorted(Comparator.comparing((String key) ->
                                current.figure(Subgroup.ALL, indicator, key).value())
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        List<BenchmarkEntry> entries = new ArrayList<>();
        int rank = 0;
        Figure previous = null;
        for (int i = 0; i < ranked.size(); i++) {
            String key = ranked.get(i);
            Figure value = current.figure(Subgroup.ALL, indicator, key);
            if (previous == null || value.value().compareTo(previous.value()) != 0) {
                rank = i + 1;
            }
            previous = value;
            entries.add(entry(rank, key, ownAreas, definition, current, yearAgo, trendFigures));
        }
        for (String key : current.areaKeys()) {
            if (!ranked.contains(key)) {
                entries.add(entry(null, key, ownAreas, definition, current, yearAgo, trendFigures));
            }
        }
        return new Benchmark(
                indicator,
                definition.kind(),
                month.toString(),
                threshold,
                trendMonths.stream().map(YearMonth::toString).toList(),
                entries,
                entry(null, null, ownAreas, definition, current, yearAgo, trendFigures));
    }

    private BenchmarkEntry entry(
            Integer rank,
            String areaKey,
            Set<String> ownAreas,
            IndicatorDefinition definition,
            PublishedMonth current,
            Optional<PublishedMonth> yearAgo,
            List<Optional<PublishedMonth>> trendFigures) {
        String key = definition.key();
        Figure value = current.figure(Subgroup.ALL, key, areaKey);
        Figure earlier = figure(yearAgo, key, areaKey);
        PeriodChange change = DerivedFigures.change(value, earlier);
        if (definition.kind() == IndicatorKind.SHARE) {
            change = new PeriodChange(
                    change.absolute(), change.absolute().isSuppressed() ? Figure.suppressed() : Figure.notApplicable());
        }
        List<Figure> trend =
                trendFigures.stream().map(month -> figure(month, key, areaKey)).toList();
        AreaName name =
                areaKey == null ? new AreaName(null, null) : names.getOrDefault(areaKey, AreaName.ofKey(areaKey));
        return new BenchmarkEntry(
                rank,
                areaKey,
                name.fi(),
                name.sv(),
                areaKey != null && ownAreas.contains(areaKey),
                value,
                change,
                trend);
    }

    private static Figure figure(Optional<PublishedMonth> month, String key, String areaKey) {
        return month.filter(m -> m.hasIndicator(key) && m.lines().containsKey(Subgroup.ALL))
                .map(m -> m.figure(Subgroup.ALL, key, areaKey))
                .orElse(Figure.notApplicable());
    }
}
