package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Small-cell suppression for tables and lists of counts: no published cell identifies a person, and
 * no hidden cell can be worked out exactly from what is published.
 *
 * <h2>Method</h2>
 *
 * <ol>
 *   <li><b>Primary suppression.</b> Every cell whose count is under the threshold is hidden
 *       ({@link SuppressionPolicy#isSmall}): interior cells and totals alike, zeros only when the
 *       policy hides zeros.
 *   <li><b>Secondary (complementary) suppression.</b> A hidden cell alone in its row could be
 *       recovered as the row total minus the row's other cells; two hidden cells in a row whose
 *       columns hold no other hidden cell could be recovered from the column totals. In the graph
 *       of {@link AdditiveGraph} (one node per row sum and per column sum, one edge per cell) a
 *       hidden cell can take another value exactly when it lies on a cycle of hidden cells along
 *       which one unit can be moved. For each hidden cell in table order (row by row, margins last
 *       in each row, the line of column totals last) that is not yet on such a cycle, the heuristic
 *       hides the published cells of the cheapest path that closes one: cheapest by the sum of the
 *       counts it hides, then by the number of cells, then by table order (Dijkstra's algorithm with
 *       deterministic ties). Small counts are therefore preferred as complements, interior cells
 *       over totals, and the same table always gives the same result. Cells on the closed cycle are
 *       protected by it too, and hiding more never unprotects anything, so one pass suffices.
 *   <li><b>Clean-up.</b> Greedy choices can leave a complement that later choices made redundant.
 *       Each complement, largest count first, is published again when every hidden cell stays
 *       protected without it, until no more can be: each remaining complement is then needed.
 * </ol>
 *
 * <p>A total over no cells (of a table without rows or columns, of an empty list) is zero by
 * definition and is always shown, even when zeros are hidden: every reader knows it already.
 *
 * <p>Zeros are never used as complements: when zeros are shown, a hidden zero would break the
 * published promise that a hidden count is not zero; when zeros are hidden, they are hidden
 * already.
 *
 * <h2>Guarantee</h2>
 *
 * For every hidden cell there is another table that agrees with every published cell, every row
 * sum, column sum and the grand total, has no negative count, and (when zeros are shown) no hidden
 * zero, yet gives that cell another value. So no hidden cell can be derived <em>exactly</em> from
 * the table, even by a reader who uses that counts are non-negative and that shown zeros mean
 * hidden counts are positive. {@link DisclosureVerifier} checks this independently, with exact
 * integer linear algebra for the equations alone.
 *
 * <h2>Limits</h2>
 *
 * <ul>
 *   <li>It prevents exact derivation, not narrow intervals. A reader may still bound a hidden cell,
 *       say between 1 and 3; no minimum width of the feasible interval (a "protection level" in
 *       the terms of τ-ARGUS) is enforced.
 *   <li>The heuristic is cheap and stable, not optimal: it does not minimise the total of
 *       complementary suppressions, which is a hard problem in general.
 *   <li>Each table is protected on its own. Figures published elsewhere (another table sharing a
 *       margin, the same table for last month, a share or change computed from a hidden count)
 *       can link tables and undo the protection: publish every figure derived from counts through
 *       {@link DerivedFigures}, and take tables that share cells from one common table.
 *   <li>The published figure does not say why a cell is hidden (see {@link SuppressionReason});
 *       if a reader learned which hidden cells are small, the resulting bounds could narrow or
 *       even fix values. The threshold itself is public, as is Statistics Finland's.
 * </ul>
 *
 * <p>Cost: each protection check is a breadth-first search over {@code R + C + 2} nodes and the
 * clean-up repeats the check for every hidden cell once per complement, which is quick for the
 * tables of this trial (25 areas, 118 municipalities, a dozen categories).
 */
public final class SmallCellSuppressor {

    private final SuppressionPolicy policy;

    public SmallCellSuppressor(SuppressionPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public SuppressionPolicy policy() {
        return policy;
    }

    public SuppressedTable suppress(CountTable table) {
        return new SuppressedTable(table, policy, decide(AdditiveGraph.of(table)));
    }

    public SuppressedList suppress(CountList list) {
        return new SuppressedList(list, policy, decide(AdditiveGraph.of(list)));
    }

    /** The reason each cell is hidden, or {@code null} for a published cell, by cell index. */
    private SuppressionReason[] decide(AdditiveGraph graph) {
        int n = graph.cellCount();
        SuppressionReason[] reasons = new SuppressionReason[n];
        boolean[] hidden = new boolean[n];
        boolean[] available = new boolean[n];
        for (int k = 0; k < n; k++) {
            if (policy.isSmall(graph.values[k]) && !graph.emptySum[k]) {
                hidden[k] = true;
                reasons[k] = SuppressionReason.SMALL_COUNT;
            }
            available[k] = !hidden[k] && graph.values[k] > 0;
        }

        ProtectingCycles cycles = new ProtectingCycles(graph, policy.leastHiddenCount());
        for (int k = 0; k < n; k++) {
            if (!hidden[k] || cycles.isProtected(k, hidden)) {
                continue;
            }
            int cell = k;
            List<Integer> cycle = cycles.cheapestCycle(k, hidden, available)
                    // Hiding every non-zero count leaves each hidden cell on a cycle (double the
                    // whole table; or, for a hidden zero, raise it with its row, column and grand
                    // totals), so a cycle always exists among hidden and available cells.
                    .orElseThrow(() -> new IllegalStateException(
                            "no complementary suppression protects cell " + graph.positions.get(cell)));
            for (int m : cycle) {
                hidden[m] = true;
                reasons[m] = SuppressionReason.COMPLEMENTARY;
            }
        }

        List<Integer> complements = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            if (reasons[k] == SuppressionReason.COMPLEMENTARY) {
                complements.add(k);
            }
        }
        complements.sort(Comparator.<Integer>comparingLong(k -> graph.values[k])
                .thenComparingInt(k -> k)
                .reversed());
        // Repeat until a whole pass publishes nothing more: then every remaining complement is
        // needed, because publishing it alone would leave some hidden cell derivable.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k : complements) {
                if (!hidden[k]) {
                    continue;
                }
                hidden[k] = false;
                if (cycles.allProtected(hidden)) {
                    reasons[k] = null;
                    changed = true;
                } else {
                    hidden[k] = true;
                }
            }
        }
        return reasons;
    }
}
