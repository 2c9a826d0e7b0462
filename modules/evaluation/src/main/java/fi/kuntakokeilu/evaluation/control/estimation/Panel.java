package fi.kuntakokeilu.evaluation.control.estimation;

import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.DUPLICATE_OBSERVATION;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.INVALID_OBSERVATION;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Validated observations as arrays: each row's municipality and month as an index into the sorted
 * lists of municipalities and months, so that the regression never touches a map per row.
 */
final class Panel {

    final int rows;
    final List<String> units;
    final List<YearMonth> months;
    final int[] unit;
    final int[] month;
    final boolean[] treated;
    final double[] outcome;
    final double[] weight;

    private Panel(List<Observation> observations, List<String> units, List<YearMonth> months) {
        this.rows = observations.size();
        this.units = units;
        this.months = months;
        Map<String, Integer> unitIndex = indexOf(units);
        Map<YearMonth, Integer> monthIndex = indexOf(months);
        unit = new int[rows];
        month = new int[rows];
        treated = new boolean[rows];
        outcome = new double[rows];
        weight = new double[rows];
        boolean[][] seen = new boolean[units.size()][months.size()];
        for (int r = 0; r < rows; r++) {
            Observation o = observations.get(r);
            unit[r] = unitIndex.get(o.unit());
            month[r] = monthIndex.get(o.month());
            if (seen[unit[r]][month[r]]) {
                throw new EstimationInputException(
                        DUPLICATE_OBSERVATION,
                        "Municipality " + o.unit() + " has more than one observation in " + o.month() + ".");
            }
            seen[unit[r]][month[r]] = true;
            treated[r] = o.treated();
            outcome[r] = o.outcome();
            weight[r] = o.weight();
        }
    }

    /**
     * Checks every observation (unit and month present, finite outcome, finite positive weight, one
     * row per municipality and month) and indexes them.
     */
    static Panel of(List<Observation> observations) {
        if (observations == null || observations.isEmpty()) {
            throw new EstimationInputException(INVALID_OBSERVATION, "There are no observations to estimate from.");
        }
        Set<String> units = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        for (Observation o : observations) {
            if (o == null || o.unit() == null || o.unit().isBlank() || o.month() == null) {
                throw new EstimationInputException(
                        INVALID_OBSERVATION, "An observation has no municipality or no month: " + o + ".");
            }
            if (!Double.isFinite(o.outcome())) {
                throw new EstimationInputException(
                        INVALID_OBSERVATION,
                        "The outcome of municipality " + o.unit() + " in " + o.month() + " is not a number ("
                                + o.outcome() + ").");
            }
            if (!Double.isFinite(o.weight()) || o.weight() <= 0) {
                throw new EstimationInputException(
                        INVALID_OBSERVATION,
                        "The weight of municipality " + o.unit() + " in " + o.month() + " must be positive, was "
                                + o.weight() + "; leave out months with no job seekers.");
            }
            units.add(o.unit());
            months.add(o.month());
        }
        return new Panel(observations, sorted(units), sorted(months));
    }

    /** For each municipality, the indices of its rows. */
    int[][] rowsByUnit() {
        int[] count = new int[units.size()];
        for (int r = 0; r < rows; r++) {
            count[unit[r]]++;
        }
        int[][] byUnit = new int[units.size()][];
        for (int u = 0; u < byUnit.length; u++) {
            byUnit[u] = new int[count[u]];
            count[u] = 0;
        }
        for (int r = 0; r < rows; r++) {
            byUnit[unit[r]][count[unit[r]]++] = r;
        }
        return byUnit;
    }

    /** Names of the given municipalities, at most a few, for a message. */
    String describe(List<Integer> unitIndices) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < unitIndices.size() && i < 5; i++) {
            names.add(units.get(unitIndices.get(i)));
        }
        String text = String.join(", ", names);
        return unitIndices.size() > 5 ? text + " and " + (unitIndices.size() - 5) + " more" : text;
    }

    private static <T> Map<T, Integer> indexOf(List<T> values) {
        Map<T, Integer> index = new HashMap<>(values.size() * 2);
        for (int i = 0; i < values.size(); i++) {
            index.put(values.get(i), i);
        }
        return index;
    }

    private static <T extends Comparable<? super T>> List<T> sorted(Set<T> values) {
        List<T> list = new ArrayList<>(values);
        Collections.sort(list);
        return List.copyOf(list);
    }
}
