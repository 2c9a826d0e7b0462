package fi.kuntakokeilu.reporting;

import fi.kuntakokeilu.evaluation.Subgroup;
import java.util.List;
import java.util.Objects;

/**
 * Every indicator of the catalogue, in catalogue order, for one body and one subgroup (all job
 * seekers, or a target subgroup).
 */
public record SubgroupFigures(Subgroup subgroup, List<IndicatorFigure> indicators) {

    public SubgroupFigures {
        Objects.requireNonNull(subgroup, "subgroup");
        indicators = List.copyOf(indicators);
    }

    /** The indicator with this key. */
    public IndicatorFigure indicator(String key) {
        return indicators.stream()
                .filter(indicator -> indicator.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no indicator " + key));
    }
}
