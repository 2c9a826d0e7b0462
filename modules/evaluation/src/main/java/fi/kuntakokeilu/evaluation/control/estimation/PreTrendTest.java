package fi.kuntakokeilu.evaluation.control.estimation;

/**
 * The Wald test that all lead coefficients (relative months before −1) are zero, in F form with the
 * cluster-robust covariance: statistic = b′ V⁻¹ b / q, compared with F(q, clusters − 1).
 *
 * @param statistic the F statistic
 * @param degreesOfFreedom q, the number of lead coefficients tested (the numerator df); the
 *     denominator df is clusters − 1
 * @param pValue the probability of an F at least this large if there were no pre-trend
 */
public record PreTrendTest(double statistic, int degreesOfFreedom, double pValue) {

    /** Whether the test rejects "no pre-trend" at the given level, e.g. 0.05. */
    public boolean rejectsAt(double level) {
        return pValue < level;
    }
}
