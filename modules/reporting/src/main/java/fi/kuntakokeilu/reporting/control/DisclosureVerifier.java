package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.FigureStatus;
import fi.kuntakokeilu.reporting.PublishedList;
import fi.kuntakokeilu.reporting.PublishedTable;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Checks a published table against its true counts, independently of how the suppression was
 * chosen: it sees only the true table and the published one, writes down the table's additive
 * equations itself, and asks of every hidden cell whether its value is determined.
 *
 * <p><b>Exact derivation from the equations.</b> The unknowns are the hidden cells; the equations
 * are every row sum, every column sum and the two sums that make the grand total (of the row totals
 * and of the column totals), with the published values moved to the right-hand side. A hidden cell
 * is determined exactly when its unit vector lies in the row space of the equation matrix
 * restricted to the hidden cells, that is, when every solution of the homogeneous system is zero
 * there. The matrix is brought to reduced row-echelon form by fraction-free Gauss–Jordan
 * elimination over {@link BigInteger} (each row divided by the gcd of its entries after every
 * step), so the test is exact: no floating point, no tolerance. A cell is determined if and only if
 * its column holds a pivot and that pivot's row is zero in every free column.
 *
 * <p><b>Derivation with bounds.</b> A reader also knows that counts are not negative and, when the
 * policy shows zeros, that a hidden count is at least 1. A cell can then be pinned even though the
 * equations alone leave it free (four hidden 1s in a square whose row and column remainders are all
 * 2). The verifier decides this exactly as well: in every equation system of a table each unknown
 * lies in exactly two equations with coefficients ±1, which makes the homogeneous system a network
 * (the verifier finds the orientation by two-colouring the equations from their coefficients). An
 * alternative table exists iff the cell lies on a cycle of hidden cells along which one unit can
 * move with every cell at its least value only rising; the verifier searches for one per cell.
 *
 * <p>Both checks prove the absence of <em>exact</em> derivation only; how narrowly a reader can bound
 * a hidden cell is not measured. Production code may call {@link #requireSafe} as an assertion
 * before publishing.
 */
public final class DisclosureVerifier {

    private DisclosureVerifier() {}

    /** Audits a published table against the true counts it was made from. */
    public static DisclosureAudit audit(CountTable truth, PublishedTable published) {
        int rows = truth.rowCount();
        int columns = truth.columnCount();
        if (published.rowLabels().size() != rows || published.columnLabels().size() != columns) {
            throw new IllegalArgumentException("the published table has another shape than the true one");
        }
        List<TableCell> cells = truth.cells();
        int width = columns + 1;
        long[] values = new long[cells.size()];
        Figure[] figures = new Figure[cells.size()];
        for (int k = 0; k < cells.size(); k++) {
            TableCell cell = cells.get(k);
            values[k] = truth.value(cell);
            figures[k] = publishedFigure(published, cell, rows, columns);
        }
        List<int[][]> equations = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            // Σ_j cell(i, j) − rowTotal(i) = 0
            int[][] equation = new int[2][columns + 1];
            for (int j = 0; j <= columns; j++) {
                equation[0][j] = i * width + j;
                equation[1][j] = j < columns ? 1 : -1;
            }
            equations.add(equation);
        }
        for (int j = 0; j < columns; j++) {
            // Σ_i cell(i, j) − columnTotal(j) = 0
            int[][] equation = new int[2][rows + 1];
            for (int i = 0; i <= rows; i++) {
                equation[0][i] = i * width + j;
                equation[1][i] = i < rows ? 1 : -1;
            }
            equations.add(equation);
        }
        int[][] ofRowTotals = new int[2][rows + 1];
        for (int i = 0; i <= rows; i++) {
            ofRowTotals[0][i] = i * width + columns;
            ofRowTotals[1][i] = i < rows ? 1 : -1;
        }
        equations.add(ofRowTotals);
        int[][] ofColumnTotals = new int[2][columns + 1];
        for (int j = 0; j <= columns; j++) {
            ofColumnTotals[0][j] = rows * width + j;
            ofColumnTotals[1][j] = j < columns ? 1 : -1;
        }
        equations.add(ofColumnTotals);
        return audit(cells, values, figures, equations, published.policy());
    }

    /** Audits a published list against the true counts it was made from. */
    public static DisclosureAudit audit(CountList truth, PublishedList published) {
        int n = truth.size();
        if (published.values().size() != n) {
            throw new IllegalArgumentException("the published list has another length than the true one");
        }
        List<TableCell> cells = truth.cells();
        long[] values = new long[n + 1];
        Figure[] figures = new Figure[n + 1];
        int[][] sum = new int[2][n + 1];
        for (int j = 0; j <= n; j++) {
            values[j] = truth.value(cells.get(j));
            figures[j] = j < n ? published.values().get(j) : published.total();
            sum[0][j] = j;
            sum[1][j] = j < n ? 1 : -1;
        }
        // The list's one sum, written twice: it changes no solution and puts every unknown in two
        // equations, as in a table, so the same bound check applies.
        return audit(cells, values, figures, List.of(sum, sum), published.policy());
    }

    /** Audits and throws when anything is given away. */
    public static void requireSafe(CountTable truth, PublishedTable published) {
        DisclosureAudit audit = audit(truth, published);
        if (!audit.isSafe()) {
            throw new IllegalStateException("the table discloses: " + audit);
        }
    }

    /** Audits and throws when anything is given away. */
    public static void requireSafe(CountList truth, PublishedList published) {
        DisclosureAudit audit = audit(truth, published);
        if (!audit.isSafe()) {
            throw new IllegalStateException("the list discloses: " + audit);
        }
    }

    private static Figure publishedFigure(PublishedTable published, TableCell cell, int rows, int columns) {
        boolean totalsLine = cell.row() == rows;
        boolean totalsColumn = cell.column() == columns;
        if (totalsLine && totalsColumn) {
            return published.grandTotal();
        }
        if (totalsLine) {
            return published.columnTotals().get(cell.column());
        }
        if (totalsColumn) {
            return published.rowTotals().get(cell.row());
        }
        return published.cell(cell.row(), cell.column());
    }

    private static DisclosureAudit audit(
            List<TableCell> cells, long[] values, Figure[] figures, List<int[][]> equations, SuppressionPolicy policy) {
        int n = values.length;
        long least = policy.leastHiddenCount();
        boolean[] hidden = new boolean[n];
        // A cell that is the only term of an equation is a total over nothing: zero by definition,
        // known to every reader, so showing it is no disclosure even when zeros are hidden.
        boolean[] emptySum = new boolean[n];
        for (int[][] equation : equations) {
            if (equation[0].length == 1) {
                emptySum[equation[0][0]] = true;
            }
        }
        List<TableCell> violations = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Figure figure = figures[k];
            hidden[k] = figure.status() == FigureStatus.SUPPRESSED;
            boolean smallShown = figure.isShown() && policy.isSmall(values[k]) && !emptySum[k];
            boolean wrong = figure.status() == FigureStatus.NOT_APPLICABLE
                    || smallShown
                    || (figure.isShown() && !shows(figure, values[k]))
                    || (hidden[k] && values[k] < least);
            if (wrong) {
                violations.add(cells.get(k));
            }
        }
        boolean[] determined = determinedByEquations(hidden, equations);
        boolean[] pinned = determinedWithBounds(hidden, values, least, equations);
        List<TableCell> exactly = new ArrayList<>();
        List<TableCell> withBounds = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (determined[k]) {
                exactly.add(cells.get(k));
            }
            if (pinned[k]) {
                withBounds.add(cells.get(k));
            }
        }
        return new DisclosureAudit(violations, exactly, withBounds);
    }

    private static boolean shows(Figure figure, long value) {
        return figure.value().signum() >= 0
                && figure.value().stripTrailingZeros().scale() <= 0
                && figure.value().longValueExact() == value;
    }

    /**
     * For each cell: hidden and fixed by the equations alone. Fraction-free Gauss–Jordan elimination
     * on the equations restricted to the hidden cells.
     */
    static boolean[] determinedByEquations(boolean[] hidden, List<int[][]> equations) {
        int n = hidden.length;
        int[] unknownOf = new int[n];
        List<Integer> cellOf = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            unknownOf[k] = hidden[k] ? cellOf.size() : -1;
            if (hidden[k]) {
                cellOf.add(k);
            }
        }
        int unknowns = cellOf.size();
        List<BigInteger[]> rows = new ArrayList<>();
        for (int[][] equation : equations) {
            BigInteger[] row = new BigInteger[unknowns];
            Arrays.fill(row, BigInteger.ZERO);
            boolean any = false;
            for (int t = 0; t < equation[0].length; t++) {
                int u = unknownOf[equation[0][t]];
                if (u >= 0) {
                    row[u] = row[u].add(BigInteger.valueOf(equation[1][t]));
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        BigInteger[][] a = rows.toArray(BigInteger[][]::new);
        int[] pivotRow = reduce(a, unknowns);
        boolean[] determined = new boolean[n];
        for (int u = 0; u < unknowns; u++) {
            int r = pivotRow[u];
            if (r < 0) {
                continue;
            }
            boolean free = false;
            for (int c = 0; c < unknowns && !free; c++) {
                free = pivotRow[c] < 0 && a[r][c].signum() != 0;
            }
            determined[cellOf.get(u)] = !free;
        }
        return determined;
    }

    /**
     * Reduces {@code a} in place to reduced row-echelon form up to row scaling and returns, for each
     * column, the row of its pivot or −1 for a free column.
     */
    static int[] reduce(BigInteger[][] a, int columns) {
        int[] pivotRow = new int[columns];
        Arrays.fill(pivotRow, -1);
        int r = 0;
        for (int c = 0; c < columns && r < a.length; c++) {
            int p = r;
            while (p < a.length && a[p][c].signum() == 0) {
                p++;
            }
            if (p == a.length) {
                continue;
            }
            BigInteger[] swap = a[r];
            a[r] = a[p];
            a[p] = swap;
            BigInteger pivot = a[r][c];
            for (int i = 0; i < a.length; i++) {
                if (i == r || a[i][c].signum() == 0) {
                    continue;
                }
                BigInteger factor = a[i][c];
                for (int j = 0; j < columns; j++) {
                    a[i][j] = a[i][j].multiply(pivot).subtract(a[r][j].multiply(factor));
                }
                divideByContent(a[i]);
            }
            pivotRow[c] = r;
            r++;
        }
        return pivotRow;
    }

    private static void divideByContent(BigInteger[] row) {
        BigInteger gcd = BigInteger.ZERO;
        for (BigInteger entry : row) {
            gcd = gcd.gcd(entry);
        }
        if (gcd.signum() != 0 && !gcd.equals(BigInteger.ONE)) {
            for (int j = 0; j < row.length; j++) {
                row[j] = row[j].divide(gcd);
            }
        }
    }

    /**
     * For each cell: hidden, and no other table respecting the equations, non-negativity and the
     * least hidden count gives it another value.
     */
    static boolean[] determinedWithBounds(boolean[] hidden, long[] values, long least, List<int[][]> equations) {
        int n = hidden.length;
        int[][] ends = new int[n][2];
        int[][] signs = new int[n][2];
        int[] seen = new int[n];
        for (int e = 0; e < equations.size(); e++) {
            int[][] equation = equations.get(e);
            for (int t = 0; t < equation[0].length; t++) {
                int k = equation[0][t];
                if (seen[k] == 2) {
                    throw new IllegalStateException("cell " + k + " lies in more than two equations");
                }
                ends[k][seen[k]] = e;
                signs[k][seen[k]] = equation[1][t];
                seen[k]++;
            }
        }
        for (int k = 0; k < n; k++) {
            if (seen[k] != 2) {
                throw new IllegalStateException("cell " + k + " lies in " + seen[k] + " equations, not two");
            }
        }
        // Scale each equation by ±1 so that every unknown enters its two equations with opposite
        // signs: the homogeneous system is then conservation of flow, one arc per unknown.
        int[] scale = orientEquations(equations.size(), ends, signs);
        // Raising cell k sends flow from the equation where it enters positively to the other.
        int[] riseFrom = new int[n];
        int[] riseTo = new int[n];
        for (int k = 0; k < n; k++) {
            boolean firstPositive = scale[ends[k][0]] * signs[k][0] > 0;
            riseFrom[k] = firstPositive ? ends[k][0] : ends[k][1];
            riseTo[k] = firstPositive ? ends[k][1] : ends[k][0];
        }
        List<List<Integer>> meeting = new ArrayList<>();
        for (int e = 0; e < equations.size(); e++) {
            meeting.add(new ArrayList<>());
        }
        for (int k = 0; k < n; k++) {
            meeting.get(riseFrom[k]).add(k);
            meeting.get(riseTo[k]).add(k);
        }
        boolean[] pinned = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (!hidden[k]) {
                continue;
            }
            boolean movable = closes(riseTo[k], riseFrom[k], k, hidden, values, least, riseFrom, riseTo, meeting)
                    || (values[k] > least
                            && closes(riseFrom[k], riseTo[k], k, hidden, values, least, riseFrom, riseTo, meeting));
            pinned[k] = !movable;
        }
        return pinned;
    }

    private static int[] orientEquations(int count, int[][] ends, int[][] signs) {
        int[] scale = new int[count];
        List<List<Integer>> meeting = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            meeting.add(new ArrayList<>());
        }
        for (int k = 0; k < ends.length; k++) {
            meeting.get(ends[k][0]).add(k);
            meeting.get(ends[k][1]).add(k);
        }
        for (int start = 0; start < count; start++) {
            if (scale[start] != 0) {
                continue;
            }
            scale[start] = 1;
            Deque<Integer> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                int e = queue.poll();
                for (int k : meeting.get(e)) {
                    int here = ends[k][0] == e ? 0 : 1;
                    int other = 1 - here;
                    int wanted = -scale[e] * signs[k][here] * signs[k][other];
                    int f = ends[k][other];
                    if (scale[f] == 0) {
                        scale[f] = wanted;
                        queue.add(f);
                    } else if (scale[f] != wanted) {
                        throw new IllegalStateException("the equations do not form a network");
                    }
                }
            }
        }
        return scale;
    }

    /** Whether flow can go from {@code from} to {@code to} through hidden cells other than {@code k}. */
    private static boolean closes(
            int from,
            int to,
            int k,
            boolean[] hidden,
            long[] values,
            long least,
            int[] riseFrom,
            int[] riseTo,
            List<List<Integer>> meeting) {
        boolean[] reached = new boolean[meeting.size()];
        Deque<Integer> queue = new ArrayDeque<>(List.of(from));
        reached[from] = true;
        while (!queue.isEmpty()) {
            int e = queue.poll();
            if (e == to) {
                return true;
            }
            for (int m : meeting.get(e)) {
                if (m == k || !hidden[m]) {
                    continue;
                }
                boolean rising = riseFrom[m] == e;
                if (!rising && values[m] <= least) {
                    continue;
                }
                int next = rising ? riseTo[m] : riseFrom[m];
                if (!reached[next]) {
                    reached[next] = true;
                    queue.add(next);
                }
            }
        }
        return false;
    }
}
