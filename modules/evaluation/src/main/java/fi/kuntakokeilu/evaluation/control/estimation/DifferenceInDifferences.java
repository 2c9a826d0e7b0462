package fi.kuntakokeilu.evaluation.control.estimation;

import java.util.List;

/**
 * Two-way fixed-effects difference-in-differences at municipality × month (domain.md,
 * "Evaluation"): {@code y_it = α_i + γ_t + β·D_it + ε_it}, weighted least squares with the
 * observation weights, standard errors cluster-robust by municipality (CR1), and a 95% confidence
 * interval from the t distribution with clusters − 1 degrees of freedom. See the package
 * documentation and docs/estimators.md.
 *
 * <p>Treated municipalities are those treated in some month; the others are the comparison
 * (never-treated) municipalities. With staggered starts β is a weighted average of the
 * municipalities' effects, which can mislead if effects grow over time; the {@link EventStudy}
 * shows the effect month by month.
 */
public final class DifferenceInDifferences {

    private DifferenceInDifferences() {}

    /**
     * Estimates the effect of treatment on the outcome.
     *
     * @param observations one per municipality and month (the panel may be unbalanced)
     * @return the effect with its standard error and 95% confidence interval
     * @throws EstimationInputException when the data cannot identify the effect: see {@link
     *     EstimationInputException.Reason}
     */
    public static DidEstimate estimate(List<Observation> observations) {
        Panel panel = Panel.of(observations);
        boolean[] treatedUnit = new boolean[panel.units.size()];
        double[] treatment = new double[panel.rows];
        for (int r = 0; r < panel.rows; r++) {
            if (panel.treated[r]) {
                treatedUnit[panel.unit[r]] = true;
                treatment[r] = 1.0;
            }
        }
        Treatment.checkGroups(panel, panel.treated, treatedUnit);

        FixedEffectsRegression.Fit fit =
                FixedEffectsRegression.fit(panel, new double[][] {treatment}, List.of("the treatment indicator"));
        double effect = fit.coefficients()[0];
        double standardError = fit.standardError(0);
        double margin = Treatment.criticalValue(fit.degreesOfFreedom()) * standardError;
        return new DidEstimate(
                effect, standardError, effect - margin, effect + margin, fit.observations(), fit.clusters());
    }
}
