package fi.kuntakokeilu.reporting.control;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Ground truth by exhaustive search, sharing nothing with the code under test: every assignment of
 * the hidden interior cells within {@code radius} of the true values is tried, the totals are
 * recomputed from it, and the assignment counts as an alternative table when every published total
 * comes out the same and every hidden value respects the lower bound. A hidden cell is movable when
 * some alternative gives it another value. Only for small tables.
 */
final class Alternatives {

    /** No lower bound: the equations alone, over all integers. */
    static final long UNBOUNDED = Long.MIN_VALUE;

    private Alternatives() {}

    static Set<TableCell> movable(CountTable truth, Set<TableCell> hidden, long least, int radius) {
        int rows = truth.rowCount();
        int columns = truth.columnCount();
        long[][] trial = new long[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                trial[i][j] = truth.count(i, j);
            }
        }
        Set<TableCell> moved = new LinkedHashSet<>();
        search(truth, hidden, least, radius, trial, 0, moved);
        return moved;
    }

    private static void search(
            CountTable truth,
            Set<TableCell> hidden,
            long least,
            int radius,
            long[][] trial,
            int position,
            Set<TableCell> moved) {
        int rows = truth.rowCount();
        int columns = truth.columnCount();
        if (position > 0
                && columns > 0
                && position % columns == 0
                && !rowFits(truth, hidden, least, trial, position / columns - 1)) {
            return;
        }
        if (position == rows * columns) {
            record(truth, hidden, least, trial, moved);
            return;
        }
        int i = position / columns;
        int j = position % columns;
        TableCell cell = new TableCell(i, j);
        long value = truth.count(i, j);
        if (!hidden.contains(cell)) {
            search(truth, hidden, least, radius, trial, position + 1, moved);
            return;
        }
        long from = least == UNBOUNDED ? value - radius : Math.max(least, value - radius);
        for (long candidate = from; candidate <= value + radius; candidate++) {
            trial[i][j] = candidate;
            search(truth, hidden, least, radius, trial, position + 1, moved);
        }
        trial[i][j] = value;
    }

    private static boolean rowFits(CountTable truth, Set<TableCell> hidden, long least, long[][] trial, int i) {
        long sum = 0;
        for (long count : trial[i]) {
            sum += count;
        }
        return fits(truth, hidden, least, new TableCell(i, truth.columnCount()), sum);
    }

    private static void record(
            CountTable truth, Set<TableCell> hidden, long least, long[][] trial, Set<TableCell> moved) {
        int rows = truth.rowCount();
        int columns = truth.columnCount();
        long grand = 0;
        long[] rowSums = new long[rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                rowSums[i] += trial[i][j];
            }
            grand += rowSums[i];
            if (!fits(truth, hidden, least, new TableCell(i, columns), rowSums[i])) {
                return;
            }
        }
        long[] columnSums = new long[columns];
        for (int j = 0; j < columns; j++) {
            for (int i = 0; i < rows; i++) {
                columnSums[j] += trial[i][j];
            }
            if (!fits(truth, hidden, least, new TableCell(rows, j), columnSums[j])) {
                return;
            }
        }
        if (!fits(truth, hidden, least, new TableCell(rows, columns), grand)) {
            return;
        }
        for (int i = 0; i <= rows; i++) {
            for (int j = 0; j <= columns; j++) {
                TableCell cell = new TableCell(i, j);
                long value = i < rows && j < columns
                        ? trial[i][j]
                        : i < rows ? rowSums[i] : j < columns ? columnSums[j] : grand;
                if (hidden.contains(cell) && value != truth.value(cell)) {
                    moved.add(cell);
                }
            }
        }
    }

    private static boolean fits(CountTable truth, Set<TableCell> hidden, long least, TableCell cell, long value) {
        if (!hidden.contains(cell)) {
            return value == truth.value(cell);
        }
        return least == UNBOUNDED || value >= least;
    }

    /** The same search for a list: entries tried, the total recomputed. */
    static Set<TableCell> movable(CountList truth, Set<TableCell> hidden, long least, int radius) {
        long[] trial = new long[truth.size()];
        for (int j = 0; j < truth.size(); j++) {
            trial[j] = truth.count(j);
        }
        Set<TableCell> moved = new LinkedHashSet<>();
        searchList(truth, hidden, least, radius, trial, 0, moved);
        return moved;
    }

    private static void searchList(
            CountList truth, Set<TableCell> hidden, long least, int radius, long[] trial, int j, Set<TableCell> moved) {
        int n = truth.size();
        if (j == n) {
            long total = 0;
            for (long count : trial) {
                total += count;
            }
            TableCell totalCell = new TableCell(0, n);
            boolean fits = hidden.contains(totalCell) ? least == UNBOUNDED || total >= least : total == truth.total();
            if (!fits) {
                return;
            }
            for (int k = 0; k < n; k++) {
                if (trial[k] != truth.count(k)) {
                    moved.add(new TableCell(0, k));
                }
            }
            if (total != truth.total()) {
                moved.add(totalCell);
            }
            return;
        }
        long value = truth.count(j);
        if (!hidden.contains(new TableCell(0, j))) {
            searchList(truth, hidden, least, radius, trial, j + 1, moved);
            return;
        }
        long from = least == UNBOUNDED ? value - radius : Math.max(least, value - radius);
        for (long candidate = from; candidate <= value + radius; candidate++) {
            trial[j] = candidate;
            searchList(truth, hidden, least, radius, trial, j + 1, moved);
        }
        trial[j] = value;
    }
}
