package fi.kuntakokeilu.reporting;

import java.util.List;

/**
 * One line of a chart: an indicator's figure for a trial area (or all trial areas, {@code areaKey}
 * {@code null}) in each month of a {@link TimeSeries}, withheld points included as such.
 */
public record AreaSeries(String areaKey, String nameFi, String nameSv, List<Figure> values) {

    public AreaSeries {
        values = List.copyOf(values);
    }
}
