package fi.kuntakokeilu.evaluation.control.estimation;

/**
 * A two-way fixed-effects difference-in-differences estimate of the effect of treatment on the
 * outcome, in the outcome's unit (e.g. percentage points).
 *
 * @param effect the coefficient of the treatment indicator
 * @param standardError its cluster-robust (CR1) standard error, clustered by municipality
 * @param lower95 lower end of the 95% confidence interval (t distribution, clusters − 1 df)
 * @param upper95 upper end of the 95% confidence interval
 * @param observations number of municipality-months used
 * @param clusters number of municipalities (clusters)
 */
public record DidEstimate(
        double effect, double standardError, double lower95, double upper95, int observations, int clusters) {

    /** Degrees of freedom of the t distribution behind the interval: clusters − 1. */
    public int degreesOfFreedom() {
        return clusters - 1;
    }
}
