package fi.kuntakokeilu.reporting;

import java.util.List;

/**
 * An indicator over the months up to the report's month (at most thirteen, so the same month a
 * year earlier is on the chart), for every trial area and all of them together. Each month's
 * figures are that month's published figures, suppressed as that month's report suppresses them.
 *
 * @param indicator the catalogue key
 * @param months {@code YYYY-MM}, oldest first
 * @param areas one line per trial area, all trial areas together last
 */
public record TimeSeries(String indicator, List<String> months, List<AreaSeries> areas) {

    public TimeSeries {
        months = List.copyOf(months);
        areas = List.copyOf(areas);
    }
}
