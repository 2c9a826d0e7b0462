package fi.kuntakokeilu.reporting;

import java.util.List;

/**
 * A trial area's place in a {@link Benchmark}.
 *
 * @param rank 1 for the largest published figure, equal figures sharing a rank; {@code null} when
 *     the figure is withheld (a rank would bound it) and for all trial areas together
 * @param areaKey the area, or {@code null} for all trial areas together
 * @param own whether the caller serves this area (an area manager's own area)
 * @param value the figure of the month
 * @param yearOnYear change on the same month a year earlier (in points for a share)
 * @param trend the figure in each of the benchmark's trend months; withheld months stay withheld
 */
public record BenchmarkEntry(
        Integer rank,
        String areaKey,
        String nameFi,
        String nameSv,
        boolean own,
        Figure value,
        PeriodChange yearOnYear,
        List<Figure> trend) {

    public BenchmarkEntry {
        trend = List.copyOf(trend);
    }
}
