package fi.kuntakokeilu.evaluation.control.estimation;

import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.SINGULAR_DESIGN;

import java.util.List;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * Weighted least squares of the outcome on a few regressors with municipality and month fixed
 * effects, and the cluster-robust (CR1) covariance of the regressors' coefficients, clustered by
 * municipality.
 *
 * <p>The municipality effects are removed by the weighted within transformation (subtracting each
 * municipality's weighted mean from every column), which is exact for unbalanced panels by the
 * Frisch–Waugh–Lovell theorem; the month effects stay as dummy columns (one per month but the
 * first). The design therefore has rows × (months − 1 + regressors) cells and never a
 * municipality-sized dimension. The weighted, column-equilibrated design is solved by Householder
 * QR (Hipparchus); a column whose QR pivot falls below {@value #COLLINEARITY_TOLERANCE} of its own
 * length is collinear with the effects or earlier columns and the design is rejected as singular.
 *
 * <p>Covariance: {@code V = c · B⁻¹ (Σ_g s_g s_gᵀ) B⁻¹} with {@code B = X̃ᵀWX̃}, the score {@code
 * s_g = Σ_{rows of g} x̃ w e} and {@code c = G/(G−1) · (N−1)/(N−K)}, where G is the number of
 * municipalities, N the number of rows and K = regressors + (months − 1) + 1: the municipality
 * effects are nested in the clusters and not counted (as Stata's {@code xtreg, fe vce(cluster)} and
 * {@code reghdfe} do).
 */
final class FixedEffectsRegression {

    /** Relative size below which a column counts as a linear combination of the others. */
    static final double COLLINEARITY_TOLERANCE = 1e-9;

    /**
     * The coefficients of the regressors (not of the fixed effects) and their CR1 covariance.
     *
     * @param coefficients one per regressor, in the order given
     * @param covariance the cluster-robust covariance of the coefficients
     * @param observations rows used
     * @param clusters municipalities
     */
    record Fit(double[] coefficients, double[][] covariance, int observations, int clusters) {

        int degreesOfFreedom() {
            return clusters - 1;
        }

        double standardError(int j) {
            return Math.sqrt(Math.max(covariance[j][j], 0.0));
        }
    }

    private FixedEffectsRegression() {}

    /**
     * Fits the model.
     *
     * @param panel the validated observations
     * @param regressors {@code regressors[j][row]}: the value of regressor j in each row
     * @param labels a name for each regressor, for the message when it is collinear
     */
    static Fit fit(Panel panel, double[][] regressors, List<String> labels) {
        int n = panel.rows;
        int clusters = panel.units.size();
        int monthColumns = panel.months.size() - 1;
        int k = regressors.length;
        int p = monthColumns + k;
        int parameters = p + 1;
        if (n - parameters < 1) {
            throw new EstimationInputException(
                    SINGULAR_DESIGN,
                    "There are " + n + " observations for " + parameters
                            + " parameters (regressors, month effects and the level): too few to estimate.");
        }

        double[][] design = new double[n][p];
        double[] response = new double[n];
        double[] rawSquares = new double[p];
        for (int[] unitRows : panel.rowsByUnit()) {
            demean(panel, regressors, unitRows, monthColumns, design, response, rawSquares);
        }

        double[] scale = new double[p];
        for (int c = 0; c < p; c++) {
            double squares = 0;
            for (int r = 0; r < n; r++) {
                squares += design[r][c] * design[r][c];
            }
            double norm = Math.sqrt(squares);
            if (!(norm > COLLINEARITY_TOLERANCE * Math.sqrt(rawSquares[c]))) {
                throw collinear(panel, labels, monthColumns, c);
            }
            scale[c] = norm;
        }
        for (double[] row : design) {
            for (int c = 0; c < p; c++) {
                row[c] /= scale[c];
            }
        }

        QRDecomposition qr = new QRDecomposition(new Array2DRowRealMatrix(design, false), COLLINEARITY_TOLERANCE);
        RealMatrix upper = qr.getR().getSubMatrix(0, p - 1, 0, p - 1);
        for (int c = 0; c < p; c++) {
            if (Math.abs(upper.getEntry(c, c)) <= COLLINEARITY_TOLERANCE) {
                throw collinear(panel, labels, monthColumns, c);
            }
        }
        RealVector scaledBeta = qr.getSolver().solve(new ArrayRealVector(response, false));
        RealMatrix upperInverse = MatrixUtils.inverse(upper);
        RealMatrix breadInverse = upperInverse.multiplyTransposed(upperInverse);

        double[][] scores = new double[clusters][p];
        for (int r = 0; r < n; r++) {
            double[] row = design[r];
            double residual = response[r];
            for (int c = 0; c < p; c++) {
                residual -= row[c] * scaledBeta.getEntry(c);
            }
            double[] score = scores[panel.unit[r]];
            for (int c = 0; c < p; c++) {
                score[c] += row[c] * residual;
            }
        }
        RealMatrix scoreMatrix = new Array2DRowRealMatrix(scores, false);
        RealMatrix meat = scoreMatrix.transposeMultiply(scoreMatrix);

        RealMatrix projection = breadInverse.getSubMatrix(monthColumns, p - 1, 0, p - 1);
        RealMatrix sandwich = projection.multiply(meat).multiplyTransposed(projection);
        double correction = (double) clusters / (clusters - 1) * (n - 1.0) / (n - parameters);

        double[] coefficients = new double[k];
        double[][] covariance = new double[k][k];
        for (int i = 0; i < k; i++) {
            double si = scale[monthColumns + i];
            coefficients[i] = scaledBeta.getEntry(monthColumns + i) / si;
            for (int j = 0; j < k; j++) {
                covariance[i][j] = correction * sandwich.getEntry(i, j) / (si * scale[monthColumns + j]);
            }
        }
        return new Fit(coefficients, covariance, n, clusters);
    }

    /**
     * Writes one municipality's rows into the design: every column and the outcome minus the
     * municipality's weighted mean, times the square root of the row's weight.
     */
    private static void demean(
            Panel panel,
            double[][] regressors,
            int[] unitRows,
            int monthColumns,
            double[][] design,
            double[] response,
            double[] rawSquares) {
        int k = regressors.length;
        double totalWeight = 0;
        double outcomeSum = 0;
        double[] columnSum = new double[monthColumns + k];
        for (int r : unitRows) {
            double w = panel.weight[r];
            totalWeight += w;
            outcomeSum += w * panel.outcome[r];
            int m = panel.month[r];
            if (m > 0) {
                columnSum[m - 1] += w;
            }
            for (int j = 0; j < k; j++) {
                columnSum[monthColumns + j] += w * regressors[j][r];
            }
        }
        double outcomeMean = outcomeSum / totalWeight;
        for (int r : unitRows) {
            double root = Math.sqrt(panel.weight[r]);
            double[] row = design[r];
            for (int c = 0; c < monthColumns + k; c++) {
                row[c] = -root * columnSum[c] / totalWeight;
            }
            int m = panel.month[r];
            if (m > 0) {
                row[m - 1] += root;
                rawSquares[m - 1] += panel.weight[r];
            }
            for (int j = 0; j < k; j++) {
                double x = regressors[j][r];
                row[monthColumns + j] += root * x;
                rawSquares[monthColumns + j] += panel.weight[r] * x * x;
            }
            response[r] = root * (panel.outcome[r] - outcomeMean);
        }
    }

    private static EstimationInputException collinear(Panel panel, List<String> labels, int monthColumns, int c) {
        String column =
                c < monthColumns ? "the effect of month " + panel.months.get(c + 1) : labels.get(c - monthColumns);
        return new EstimationInputException(
                SINGULAR_DESIGN,
                "The design is singular: " + column
                        + " cannot be separated from the municipality and month effects and the other regressors.");
    }
}
