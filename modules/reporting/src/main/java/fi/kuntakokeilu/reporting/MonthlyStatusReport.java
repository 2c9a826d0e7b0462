package fi.kuntakokeilu.reporting;

import java.util.List;

/**
 * The monthly status of the trial as the ministry followed it (domain brief, "What the ministry
 * followed"): for a month, every indicator of the catalogue per trial area and for all trial areas
 * together, for all job seekers and by target subgroup, with changes on the previous month and
 * the same month a year earlier; the largest areas; the unemployed share of the trial areas
 * against the whole country; and the series the printed report charts.
 *
 * <p>Every number in it is a {@link Figure} that has passed small-cell suppression: nothing here
 * can give back a count under the threshold.
 *
 * @param month {@code YYYY-MM}
 * @param threshold the suppression threshold the report was published under
 * @param catalogueVersion a fingerprint of the indicator definitions the figures follow
 * @param indicators the catalogue keys in report order (counts and shares)
 * @param areas one entry per trial area (only the one asked for, when the caller names one)
 * @param allTrialAreas all trial areas together
 * @param largestAreas the largest trial areas by job seekers
 * @param countryComparison the unemployed share of the trial areas and of the whole country
 * @param series unemployed and activation rate over the last thirteen months
 */
public record MonthlyStatusReport(
        String month,
        int threshold,
        String catalogueVersion,
        List<String> indicators,
        List<AreaFigures> areas,
        AreaFigures allTrialAreas,
        List<RankedArea> largestAreas,
        CountryComparison countryComparison,
        List<TimeSeries> series) {

    public MonthlyStatusReport {
        indicators = List.copyOf(indicators);
        areas = List.copyOf(areas);
        largestAreas = List.copyOf(largestAreas);
        series = List.copyOf(series);
    }

    /** The same report with only one trial area's column; totals, ranking and series unchanged. */
    public MonthlyStatusReport onlyArea(String areaKey) {
        return new MonthlyStatusReport(
                month,
                threshold,
                catalogueVersion,
                indicators,
                areas.stream().filter(a -> a.areaKey().equals(areaKey)).toList(),
                allTrialAreas,
                largestAreas,
                countryComparison,
                series);
    }
}
