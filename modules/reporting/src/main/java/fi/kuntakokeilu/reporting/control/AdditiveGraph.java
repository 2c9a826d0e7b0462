package fi.kuntakokeilu.reporting.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The additive equations of a table as a graph, the form in which secondary suppression searches.
 *
 * <p>In a table with its margins, every cell lies in exactly two sums: an interior cell in its
 * row's sum and its column's sum; a row total in its row's sum and in the sum of row totals that
 * makes the grand total; a column total likewise; the grand total in both sums of totals. Take one
 * node per sum (the {@code R + 1} row sums and the {@code C + 1} column sums) and one edge per cell
 * between its two sums. A change to the hidden cells that keeps every sum true is then a
 * <em>circulation</em> on the hidden edges, and every circulation is a sum of simple cycles. So a
 * hidden cell can take another value without contradicting anything published exactly when it lies
 * on a cycle of hidden cells.
 *
 * <p>Orientation: each edge runs from its row node ({@code tail}) to its column node ({@code head}).
 * Raising an interior cell by one carries one unit from tail to head; raising a total carries it
 * the other way, because a total sits on the other side of its equation (the grand total, on the
 * other side of both, again runs tail to head). Counts are never negative and, when zeros are
 * shown, hidden counts are never zero: a hidden cell already at that least value can only go up,
 * so its edge may be passed in one direction only.
 *
 * <p>A {@link CountList} has one sum, {@code entries − total = 0}. It becomes two nodes joined by
 * one edge per entry and one for the total (parallel edges): the second node's conservation is the
 * same sum again, which changes nothing.
 */
final class AdditiveGraph {

    final int nodeCount;
    final long[] values;
    final int[] tail;
    final int[] head;
    /** Whether raising the cell carries flow from tail to head. */
    final boolean[] risesTailToHead;

    final List<TableCell> positions;
    /** For each node, the cells that meet it, in cell order (so every search is deterministic). */
    final int[][] incident;
    /**
     * Cells that are the only term of one of their sums: the totals of a table without rows or
     * without columns, the total of an empty list. They are zero by definition, known to every
     * reader, and no hiding could protect them.
     */
    final boolean[] emptySum;

    private AdditiveGraph(
            int nodeCount, List<TableCell> positions, long[] values, int[] tail, int[] head, boolean[] rises) {
        this.nodeCount = nodeCount;
        this.positions = List.copyOf(positions);
        this.values = values;
        this.tail = tail;
        this.head = head;
        this.risesTailToHead = rises;
        List<List<Integer>> meeting = new ArrayList<>();
        for (int node = 0; node < nodeCount; node++) {
            meeting.add(new ArrayList<>());
        }
        for (int cell = 0; cell < values.length; cell++) {
            meeting.get(tail[cell]).add(cell);
            meeting.get(head[cell]).add(cell);
        }
        this.incident = meeting.stream()
                .map(cells -> cells.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        this.emptySum = new boolean[values.length];
        for (int cell = 0; cell < values.length; cell++) {
            emptySum[cell] = incident[tail[cell]].length == 1 || incident[head[cell]].length == 1;
        }
    }

    static AdditiveGraph of(CountTable table) {
        int rows = table.rowCount();
        int columns = table.columnCount();
        List<TableCell> cells = table.cells();
        int n = cells.size();
        long[] values = new long[n];
        int[] tail = new int[n];
        int[] head = new int[n];
        boolean[] rises = new boolean[n];
        for (int k = 0; k < n; k++) {
            TableCell cell = cells.get(k);
            values[k] = table.value(cell);
            tail[k] = cell.row();
            head[k] = rows + 1 + cell.column();
            boolean rowSide = cell.row() < rows;
            boolean columnSide = cell.column() < columns;
            rises[k] = rowSide == columnSide;
        }
        return new AdditiveGraph(rows + columns + 2, cells, values, tail, head, rises);
    }

    static AdditiveGraph of(CountList list) {
        List<TableCell> cells = list.cells();
        int n = cells.size();
        long[] values = new long[n];
        int[] tail = new int[n];
        int[] head = new int[n];
        boolean[] rises = new boolean[n];
        for (int k = 0; k < n; k++) {
            values[k] = list.value(cells.get(k));
            tail[k] = 0;
            head[k] = 1;
            rises[k] = k < list.size();
        }
        return new AdditiveGraph(2, cells, values, tail, head, rises);
    }

    int cellCount() {
        return values.length;
    }

    int otherEnd(int cell, int node) {
        return tail[cell] == node ? head[cell] : tail[cell];
    }

    /** The node a unit of flow leaves when the cell is raised. */
    int riseSource(int cell) {
        return risesTailToHead[cell] ? tail[cell] : head[cell];
    }
}
