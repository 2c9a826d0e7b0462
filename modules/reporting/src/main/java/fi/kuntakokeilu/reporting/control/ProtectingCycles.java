package fi.kuntakokeilu.reporting.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a hidden cell is protected, and finds the cheapest cells to hide to protect it.
 *
 * <p>A hidden cell is <em>protected</em> when some other table, agreeing with every published value
 * and every sum, with no negative count and (under the policy) no hidden count below {@code
 * leastHidden}, gives it another value. In the {@link AdditiveGraph} that is a cycle of hidden cells
 * through it along which one unit can be moved: cells already at their least value must be raised,
 * never lowered. Such a cycle gives an alternative table that differs by one in each of its cells,
 * so the cell's value cannot be derived exactly. Conversely, if any alternative exists, the
 * difference is a circulation that splits into such cycles (conformal decomposition), so the test is
 * exact, not merely sufficient.
 */
final class ProtectingCycles {

    private final AdditiveGraph graph;
    private final long leastHidden;

    ProtectingCycles(AdditiveGraph graph, long leastHidden) {
        this.graph = graph;
        this.leastHidden = leastHidden;
    }

    /** Whether cell {@code k}, hidden together with {@code hidden}, lies on a cycle that can move it. */
    boolean isProtected(int k, boolean[] hidden) {
        for (int[] arc : arcs(k)) {
            if (reaches(arc[1], arc[0], k, hidden)) {
                return true;
            }
        }
        return false;
    }

    /** Whether every hidden cell is protected. */
    boolean allProtected(boolean[] hidden) {
        for (int k = 0; k < hidden.length; k++) {
            if (hidden[k] && !isProtected(k, hidden)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The published cells whose hiding puts cell {@code k} on a movable cycle at the least cost: the
     * smallest sum of the counts hidden, then the fewest cells, then the earliest in table order.
     * Cells already hidden cost nothing; only {@code available} cells may be added.
     */
    Optional<List<Integer>> cheapestCycle(int k, boolean[] hidden, boolean[] available) {
        Path best = null;
        for (int[] arc : arcs(k)) {
            Path path = cheapestPath(arc[1], arc[0], k, hidden, available);
            if (path != null && (best == null || path.isCheaperThan(best))) {
                best = path;
            }
        }
        return Optional.ofNullable(best).map(path -> path.added);
    }

    /** The directions in which {@code k} may move: up always, down only above its least value. */
    private List<int[]> arcs(int k) {
        int up = graph.riseSource(k);
        int down = graph.otherEnd(k, up);
        List<int[]> arcs = new ArrayList<>(2);
        arcs.add(new int[] {up, down});
        if (graph.values[k] > leastHidden) {
            arcs.add(new int[] {down, up});
        }
        return arcs;
    }

    /** Whether a unit may pass through cell {@code m} leaving node {@code from}. */
    private boolean passable(int m, int from) {
        return graph.values[m] > leastHidden || graph.riseSource(m) == from;
    }

    private boolean reaches(int from, int to, int excluded, boolean[] hidden) {
        boolean[] seen = new boolean[graph.nodeCount];
        int[] queue = new int[graph.nodeCount];
        int head = 0;
        int tail = 0;
        queue[tail++] = from;
        seen[from] = true;
        while (head < tail) {
            int node = queue[head++];
            if (node == to) {
                return true;
            }
            for (int m : graph.incident[node]) {
                if (m == excluded || !hidden[m] || !passable(m, node)) {
                    continue;
                }
                int next = graph.otherEnd(m, node);
                if (!seen[next]) {
                    seen[next] = true;
                    queue[tail++] = next;
                }
            }
        }
        return false;
    }

    /**
     * Dijkstra's shortest path from {@code from} to {@code to} over hidden cells (cost 0) and
     * available cells (cost = their count), never through {@code excluded}. The graph has one node
     * per row and column, so a plain O(V²) selection is fast enough and keeps ties deterministic.
     */
    private Path cheapestPath(int from, int to, int excluded, boolean[] hidden, boolean[] available) {
        int nodes = graph.nodeCount;
        long[] cost = new long[nodes];
        int[] added = new int[nodes];
        int[] via = new int[nodes];
        boolean[] settled = new boolean[nodes];
        Arrays.fill(cost, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        cost[from] = 0;
        while (true) {
            int node = -1;
            for (int candidate = 0; candidate < nodes; candidate++) {
                if (!settled[candidate]
                        && cost[candidate] != Long.MAX_VALUE
                        && (node < 0
                                || cost[candidate] < cost[node]
                                || (cost[candidate] == cost[node] && added[candidate] < added[node]))) {
                    node = candidate;
                }
            }
            if (node < 0) {
                return null;
            }
            if (node == to) {
                break;
            }
            settled[node] = true;
            for (int m : graph.incident[node]) {
                if (m == excluded || !(hidden[m] || available[m]) || !passable(m, node)) {
                    continue;
                }
                int next = graph.otherEnd(m, node);
                if (settled[next]) {
                    continue;
                }
                long nextCost = hidden[m] ? cost[node] : Math.addExact(cost[node], graph.values[m]);
                int nextAdded = hidden[m] ? added[node] : added[node] + 1;
                if (nextCost < cost[next] || (nextCost == cost[next] && nextAdded < added[next])) {
                    cost[next] = nextCost;
                    added[next] = nextAdded;
                    via[next] = m;
                }
            }
        }
        List<Integer> newlyHidden = new ArrayList<>();
        for (int node = to; node != from; ) {
            int m = via[node];
            if (!hidden[m]) {
                newlyHidden.add(m);
            }
            node = graph.otherEnd(m, node);
        }
        newlyHidden.sort(null);
        return new Path(cost[to], added[to], newlyHidden);
    }

    private record Path(long cost, int cells, List<Integer> added) {

        boolean isCheaperThan(Path other) {
            return cost < other.cost || (cost == other.cost && cells < other.cells);
        }
    }
}
