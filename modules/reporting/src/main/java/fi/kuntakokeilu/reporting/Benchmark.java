package fi.kuntakokeilu.reporting;

import fi.kuntakokeilu.evaluation.IndicatorKind;
import java.util.List;

/**
 * One indicator of the catalogue across the trial areas in a month (all job seekers): the areas
 * ranked by their published figure, each with its own trend, and all trial areas together. Areas
 * are public bodies, so every area is named; an area manager finds their own marked {@code own}.
 *
 * @param indicator the catalogue key
 * @param kind count or share
 * @param month {@code YYYY-MM}
 * @param threshold the suppression threshold
 * @param trendMonths the months of every trend, oldest first (twelve, ending with {@code month})
 * @param areas ranked areas first (largest figure first), then the areas whose figure is withheld
 * @param allTrialAreas the figure and trend of all trial areas together
 */
public record Benchmark(
        String indicator,
        IndicatorKind kind,
        String month,
        int threshold,
        List<String> trendMonths,
        List<BenchmarkEntry> areas,
        BenchmarkEntry allTrialAreas) {

    public Benchmark {
        trendMonths = List.copyOf(trendMonths);
        areas = List.copyOf(areas);
    }
}
