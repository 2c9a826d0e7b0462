package fi.kuntakokeilu.evaluation;

import java.util.List;

/**
 * A difference-in-differences estimate and the event study of one indicator under one design, with
 * what they were computed from (docs/estimators.md). Aggregates of municipality-months only: no
 * person. Effects are in percentage points of the outcome (the indicator as a percentage of the
 * municipality's job seekers, or the share indicator itself).
 *
 * @param design the design's key
 * @param designVersion the design's version (raised when the design changes)
 * @param indicator the indicator's key
 * @param indicatorVersion the indicator definition's version
 * @param catalogueVersion the indicator catalogue's version
 * @param from the first month of the period, YYYY-MM
 * @param to the last month of the period, YYYY-MM
 * @param outcome how the outcome of a municipality-month was formed from the indicator
 * @param effect the difference-in-differences coefficient of the treatment indicator
 * @param standardError its cluster-robust (CR1) standard error, clustered by municipality
 * @param lower95 lower end of the 95% confidence interval
 * @param upper95 upper end of the 95% confidence interval
 * @param observations municipality-months used
 * @param clusters municipalities (clusters)
 * @param degreesOfFreedom of the t distribution behind the intervals: clusters − 1
 * @param treatedMunicipalities municipalities treated in some month of the period
 * @param comparisonMunicipalities municipalities never treated in the period
 * @param leads the event study's window starts at relative month −leads
 * @param lags the event study's window ends at relative month +lags
 * @param eventStudy one coefficient per relative month, −leads … +lags, the reference −1 as 0
 * @param preTrend the joint test that the leads are zero
 */
public record EstimateView(
        String design,
        long designVersion,
        String indicator,
        int indicatorVersion,
        int catalogueVersion,
        String from,
        String to,
        String outcome,
        double effect,
        double standardError,
        double lower95,
        double upper95,
        int observations,
        int clusters,
        int degreesOfFreedom,
        int treatedMunicipalities,
        int comparisonMunicipalities,
        int leads,
        int lags,
        List<EventEffect> eventStudy,
        PreTrend preTrend) {

    public EstimateView {
        eventStudy = List.copyOf(eventStudy);
    }

    /**
     * The effect at a month relative to the start of treatment, against the month before it.
     *
     * @param reference whether this is relative month −1, fixed at 0 rather than estimated
     */
    public record EventEffect(
            int relativeMonth,
            double estimate,
            double standardError,
            double lower95,
            double upper95,
            boolean reference) {}

    /**
     * The Wald test in F form that every lead coefficient is zero.
     *
     * @param degreesOfFreedom the number of leads tested (numerator degrees of freedom)
     * @param denominatorDegreesOfFreedom clusters − 1
     * @param rejectedAt5Percent whether the test finds a pre-trend at the 5% level
     */
    public record PreTrend(
            double statistic,
            int degreesOfFreedom,
            int denominatorDegreesOfFreedom,
            double pValue,
            boolean rejectedAt5Percent) {}
}
