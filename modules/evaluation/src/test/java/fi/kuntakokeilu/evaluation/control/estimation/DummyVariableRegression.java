package fi.kuntakokeilu.evaluation.control.estimation;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;

/**
 * The textbook computation the estimators must agree with, written the slow and obvious way: a
 * dummy column for every municipality and for every month but the first, the regressors, the
 * weighted normal equations, and the CR1 sandwich with the documented correction (municipality
 * effects nested in the clusters, so not counted in K).
 */
final class DummyVariableRegression {

    /** Coefficients of the regressors and their CR1 covariance. */
    record Result(double[] coefficients, double[][] covariance) {

        double standardError(int j) {
            return Math.sqrt(covariance[j][j]);
        }
    }

    private DummyVariableRegression() {}

    static Result fit(List<Observation> observations, List<ToDoubleFunction<Observation>> regressors) {
        List<String> units =
                observations.stream().map(Observation::unit).distinct().sorted().toList();
        YearMonth first = observations.stream()
                .map(Observation::month)
                .min(YearMonth::compareTo)
                .orElseThrow();
        int months = 1
                + (int) observations.stream()
                        .mapToLong(o -> first.until(o.month(), ChronoUnit.MONTHS))
                        .max()
                        .orElseThrow();
        int n = observations.size();
        int g = units.size();
        int k = regressors.size();
        int p = g + (months - 1) + k;
        double[][] x = new double[n][p];
        double[] y = new double[n];
        double[] w = new double[n];
        int[] cluster = new int[n];
        for (int r = 0; r < n; r++) {
            Observation o = observations.get(r);
            int unit = units.indexOf(o.unit());
            int month = (int) first.until(o.month(), ChronoUnit.MONTHS);
            x[r][unit] = 1;
            if (month > 0) {
                x[r][g + month - 1] = 1;
            }
            for (int j = 0; j < k; j++) {
                x[r][g + months - 1 + j] = regressors.get(j).applyAsDouble(o);
            }
            y[r] = o.outcome();
            w[r] = o.weight();
            cluster[r] = unit;
        }
        RealMatrix design = new Array2DRowRealMatrix(x);
        RealMatrix weighted = design.copy();
        for (int r = 0; r < n; r++) {
            weighted.setRowVector(r, design.getRowVector(r).mapMultiply(w[r]));
        }
        RealMatrix breadInverse = new LUDecomposition(weighted.transposeMultiply(design))
                .getSolver()
                .getInverse();
        RealVector beta = breadInverse.operate(weighted.transpose().operate(new ArrayRealVector(y)));
        RealVector residual = new ArrayRealVector(y).subtract(design.operate(beta));
        RealMatrix scores = new Array2DRowRealMatrix(g, p);
        for (int r = 0; r < n; r++) {
            RealVector score = design.getRowVector(r).mapMultiply(w[r] * residual.getEntry(r));
            scores.setRowVector(cluster[r], scores.getRowVector(cluster[r]).add(score));
        }
        RealMatrix sandwich =
                breadInverse.multiply(scores.transposeMultiply(scores)).multiply(breadInverse);
        int parameters = k + (months - 1) + 1;
        double correction = (double) g / (g - 1) * (n - 1.0) / (n - parameters);
        double[] coefficients = new double[k];
        double[][] covariance = new double[k][k];
        int offset = g + months - 1;
        for (int i = 0; i < k; i++) {
            coefficients[i] = beta.getEntry(offset + i);
            for (int j = 0; j < k; j++) {
                covariance[i][j] = correction * sandwich.getEntry(offset + i, offset + j);
            }
        }
        return new Result(coefficients, covariance);
    }

    /** An unbalanced, weighted panel of 8 municipalities × 6 months, four of them treated from month 2–4. */
    static List<Observation> smallUnbalancedPanel(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        List<Observation> observations = new ArrayList<>();
        YearMonth first = YearMonth.of(2021, 1);
        for (int i = 0; i < 8; i++) {
            for (int t = 0; t < 6; t++) {
                if ((i * 7 + t * 3) % 11 == 0 && t != 3) {
                    continue; // a few municipality-months missing
                }
                boolean treated = i < 4 && t >= 2 + i % 3;
                double y = i * 1.7 + Math.cos(t) + (treated ? 2.0 : 0.0) + random.nextDouble() * 3;
                observations.add(new Observation("U" + i, first.plusMonths(t), treated, y, 1 + random.nextInt(50)));
            }
        }
        return observations;
    }
}
