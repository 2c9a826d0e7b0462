package fi.kuntakokeilu.evaluation.control.estimation;

import java.util.List;

/**
 * An event study: one coefficient per relative month of the window in increasing order, the
 * reference month −1 included as 0, and the pre-trend test of the leads.
 *
 * @param coefficients relative months from −leads to +lags; the ends are bins
 * @param preTrend the joint test that all leads are zero
 */
public record EventStudyResult(List<EventCoefficient> coefficients, PreTrendTest preTrend) {

    public EventStudyResult {
        coefficients = List.copyOf(coefficients);
    }
}
