package fi.kuntakokeilu.evaluation.control.estimation;

import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.INCONSISTENT_TREATMENT;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.INVALID_OBSERVATION;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.INVALID_WINDOW;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.SINGULAR_DESIGN;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.TOO_FEW_CLUSTERS;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hipparchus.distribution.continuous.FDistribution;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealVector;

/**
 * An event study with leads and lags (domain.md, "Evaluation": estimates must show their pre-trends):
 * {@code y_it = α_i + γ_t + Σ_{e ≠ −1} β_e·1[bin(t − s_i) = e] + ε_it}, where {@code s_i} is the
 * municipality's first treated month and {@code bin} clamps the relative month into the window
 * [−leads, +lags]. Relative month −1 is the reference (reported as 0 with standard error 0); the
 * window's ends are bins that hold all earlier and all later months, so every month of a treated
 * municipality but −1 has a coefficient. Municipalities without a start date are never-treated
 * controls and carry only the fixed effects. Weighted least squares with cluster-robust (CR1)
 * standard errors by municipality, t intervals with clusters − 1 degrees of freedom, and a Wald
 * test in F form that the lead coefficients (−leads … −2) are all zero. See docs/estimators.md.
 */
public final class EventStudy {

    /** The reference relative month: the month before the start of treatment. */
    public static final int REFERENCE_MONTH = -1;

    private EventStudy() {}

    /**
     * Estimates the effect month by month around the start of treatment.
     *
     * @param observations one per municipality and month (the panel may be unbalanced)
     * @param treatmentStart each treated municipality's first treated month; municipalities not in
     *     the map are never-treated controls and must not be treated in any observation
     * @param leads the window starts at relative month −leads (that bin also holds all earlier
     *     months); at least 2, giving leads − 1 lead coefficients for the pre-trend test
     * @param lags the window ends at relative month +lags (that bin also holds all later months); at
     *     least 0
     * @return the coefficients for relative months −leads … +lags (−1 as 0) and the pre-trend test
     * @throws EstimationInputException when the data cannot identify the coefficients or the test:
     *     see {@link EstimationInputException.Reason}
     */
    public static EventStudyResult estimate(
            List<Observation> observations, Map<String, YearMonth> treatmentStart, int leads, int lags) {
        if (leads < 2) {
            throw new EstimationInputException(
                    INVALID_WINDOW,
                    "The window needs at least 2 leads (relative month −1 is the reference, so −2 is the first"
                            + " lead the pre-trend test can test); got " + leads + ".");
        }
        if (lags < 0) {
            throw new EstimationInputException(
                    INVALID_WINDOW, "The number of lags cannot be negative; got " + lags + ".");
        }
        Panel panel = Panel.of(observations);
        Map<String, YearMonth> starts = treatmentStart == null ? Map.of() : treatmentStart;

        int units = panel.units.size();
        YearMonth[] start = new YearMonth[units];
        boolean[] treatedUnit = new boolean[units];
        for (int u = 0; u < units; u++) {
            String unit = panel.units.get(u);
            if (starts.containsKey(unit)) {
                start[u] = starts.get(unit);
                if (start[u] == null) {
                    throw new EstimationInputException(
                            INVALID_OBSERVATION, "Municipality " + unit + " has a treatment start without a month.");
                }
                treatedUnit[u] = true;
            }
        }

        int n = panel.rows;
        int[] relative = new int[n];
        boolean[] treatedCells = new boolean[n];
        for (int r = 0; r < n; r++) {
            int u = panel.unit[r];
            if (!treatedUnit[u]) {
                if (panel.treated[r]) {
                    throw new EstimationInputException(
                            INCONSISTENT_TREATMENT,
                            "Municipality " + panel.units.get(u) + " is treated in " + panel.months.get(panel.month[r])
                                    + " but has no treatment start; a comparison municipality must never be treated.");
                }
                continue;
            }
            long since = start[u].until(panel.months.get(panel.month[r]), ChronoUnit.MONTHS);
            relative[r] = (int) Math.max(-leads, Math.min(lags, since));
            treatedCells[r] = since >= 0;
        }
        Treatment.checkGroups(panel, treatedCells, treatedUnit);

        int columns = leads + lags;
        double[][] regressors = new double[columns][n];
        int[] support = new int[leads + lags + 1];
        for (int r = 0; r < n; r++) {
            if (treatedUnit[panel.unit[r]]) {
                support[relative[r] + leads]++;
                if (relative[r] != REFERENCE_MONTH) {
                    regressors[column(relative[r], leads)][r] = 1.0;
                }
            }
        }
        List<String> labels = new ArrayList<>(columns);
        for (int e = -leads; e <= lags; e++) {
            if (support[e + leads] == 0) {
                throw new EstimationInputException(
                        SINGULAR_DESIGN,
                        "No treated municipality is observed at relative month " + e + "; shorten the window (leads "
                                + leads + ", lags " + lags + ").");
            }
            if (e != REFERENCE_MONTH) {
                labels.add(label(e, leads, lags));
            }
        }

        FixedEffectsRegression.Fit fit = FixedEffectsRegression.fit(panel, regressors, labels);
        double critical = Treatment.criticalValue(fit.degreesOfFreedom());
        List<EventCoefficient> coefficients = new ArrayList<>(leads + lags + 1);
        for (int e = -leads; e <= lags; e++) {
            if (e == REFERENCE_MONTH) {
                coefficients.add(new EventCoefficient(e, 0.0, 0.0, 0.0, 0.0));
            } else {
                int c = column(e, leads);
                double estimate = fit.coefficients()[c];
                double standardError = fit.standardError(c);
                double margin = critical * standardError;
                coefficients.add(
                        new EventCoefficient(e, estimate, standardError, estimate - margin, estimate + margin));
            }
        }
        return new EventStudyResult(coefficients, preTrendTest(fit, leads - 1));
    }

    /** The column of relative month e: −leads … −2 first, then 0 … lags. */
    private static int column(int e, int leads) {
        return e < REFERENCE_MONTH ? e + leads : e + leads - 1;
    }

    private static String label(int e, int leads, int lags) {
        String suffix = e == -leads ? " and earlier" : e == lags ? " and later" : "";
        return "the effect at relative month " + e + suffix;
    }

    /**
     * Wald test in F form that the first q coefficients (the leads) are all zero: {@code F = b′ V⁻¹
     * b / q} against F(q, clusters − 1), V their cluster-robust covariance. The covariance is
     * standardised to a correlation matrix before solving so that the singularity check is scale
     * free.
     */
    private static PreTrendTest preTrendTest(FixedEffectsRegression.Fit fit, int q) {
        int df = fit.degreesOfFreedom();
        if (q > df) {
            throw new EstimationInputException(
                    TOO_FEW_CLUSTERS,
                    "The pre-trend test of " + q + " leads needs more than " + q + " municipalities; there are "
                            + fit.clusters() + ". Use fewer leads.");
        }
        double[] z = new double[q];
        double[][] correlation = new double[q][q];
        for (int i = 0; i < q; i++) {
            double se = fit.standardError(i);
            if (!(se > 0)) {
                throw new EstimationInputException(
                        SINGULAR_DESIGN,
                        "The lead at relative month " + (i - q - 1)
                                + " has no sampling variation; the pre-trend test cannot be computed.");
            }
            z[i] = fit.coefficients()[i] / se;
        }
        for (int i = 0; i < q; i++) {
            for (int j = 0; j < q; j++) {
                correlation[i][j] = fit.covariance()[i][j] / (fit.standardError(i) * fit.standardError(j));
            }
        }
        DecompositionSolver solver = new QRDecomposition(
                        new Array2DRowRealMatrix(correlation, false), FixedEffectsRegression.COLLINEARITY_TOLERANCE)
                .getSolver();
        if (!solver.isNonSingular()) {
            throw new EstimationInputException(
                    SINGULAR_DESIGN,
                    "The covariance of the " + q + " leads is singular (too few municipalities per start month);"
                            + " the pre-trend test cannot be computed. Use fewer leads.");
        }
        RealVector standardised = new ArrayRealVector(z, false);
        double wald = standardised.dotProduct(solver.solve(standardised));
        double statistic = Math.max(wald, 0.0) / q;
        double pValue = 1.0 - new FDistribution(q, df).cumulativeProbability(statistic);
        return new PreTrendTest(statistic, q, Math.min(1.0, Math.max(0.0, pValue)));
    }
}
