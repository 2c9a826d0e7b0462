package fi.kuntakokeilu.evaluation.control.estimation;

/**
 * The effect at one month relative to the start of treatment, compared with the month before the
 * start (relative month −1, the reference, reported with estimate 0 and standard error 0). The
 * first and last relative months of the window are bins: they also hold all earlier, respectively
 * all later, months.
 *
 * @param relativeMonth months since the start of treatment (0 = the first treated month)
 * @param estimate the coefficient
 * @param standardError its cluster-robust (CR1) standard error
 * @param lower95 lower end of the 95% confidence interval (t distribution, clusters − 1 df)
 * @param upper95 upper end of the 95% confidence interval
 */
public record EventCoefficient(
        int relativeMonth, double estimate, double standardError, double lower95, double upper95) {

    /** Whether this is the reference month −1, fixed at zero rather than estimated. */
    public boolean isReference() {
        return relativeMonth == EventStudy.REFERENCE_MONTH;
    }
}
