package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The definition of done, on many seeded random tables with many small counts, at several
 * thresholds and under both zero policies: suppression hides every cell under the threshold, and no
 * hidden cell can be derived from the published cells and the row, column and grand totals.
 */
class RandomTablesSuppressionTest {

    static Stream<Arguments> policies() {
        return Stream.of(3, 5, 10).flatMap(threshold -> Stream.of(false, true)
                .map(zerosHidden -> Arguments.of(new SuppressionPolicy(threshold, zerosHidden))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void hidesEverySmallCellAndLeavesNoHiddenCellDerivable(SuppressionPolicy policy) {
        Random random = new Random(20_210_301L + policy.threshold() * 2L + (policy.suppressZeros() ? 1 : 0));
        SmallCellSuppressor suppressor = new SmallCellSuppressor(policy);
        for (int round = 0; round < 250; round++) {
            CountTable table = Tables.random(random, 1 + random.nextInt(8), 1 + random.nextInt(7), policy.threshold());

            SuppressedTable result = suppressor.suppress(table);

            for (TableCell cell : table.cells()) {
                boolean overNothing = table.rowCount() == 0 || table.columnCount() == 0;
                if (policy.isSmall(table.value(cell)) && !overNothing) {
                    assertThat(result.reason(cell)).as("small cell %s", cell).contains(SuppressionReason.SMALL_COUNT);
                }
                if (!policy.suppressZeros() && table.value(cell) == 0) {
                    assertThat(result.isSuppressed(cell)).as("zero %s", cell).isFalse();
                }
            }
            DisclosureAudit audit = DisclosureVerifier.audit(table, result.published());
            assertThat(audit.isSafe())
                    .as("table %s: %s", render(table, result), audit)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void exhaustiveSearchFindsAnotherValueForEveryHiddenCellOfSmallTables(SuppressionPolicy policy) {
        // Independent of the verifier: try every table near the true one.
        Random random = new Random(1_269_2020L + policy.threshold() * 2L + (policy.suppressZeros() ? 1 : 0));
        SmallCellSuppressor suppressor = new SmallCellSuppressor(policy);
        for (int round = 0; round < 40; round++) {
            CountTable table = Tables.random(random, 1 + random.nextInt(3), 1 + random.nextInt(3), policy.threshold());
            SuppressedTable result = suppressor.suppress(table);
            Set<TableCell> hidden = new HashSet<>(result.suppressedCells());
            long interior = hidden.stream()
                    .filter(c -> c.row() < table.rowCount() && c.column() < table.columnCount())
                    .count();

            Set<TableCell> movable =
                    Alternatives.movable(table, hidden, policy.leastHiddenCount(), interior <= 6 ? 2 : 1);

            assertThat(movable).as("table %s", render(table, result)).isEqualTo(hidden);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void listsHideEverySmallEntryAndLeaveNoHiddenEntryDerivable(SuppressionPolicy policy) {
        Random random = new Random(2024L + policy.threshold() * 2L + (policy.suppressZeros() ? 1 : 0));
        SmallCellSuppressor suppressor = new SmallCellSuppressor(policy);
        for (int round = 0; round < 150; round++) {
            CountList list = Tables.randomList(random, random.nextInt(9), policy.threshold());

            SuppressedList result = suppressor.suppress(list);

            for (int j = 0; j < list.size(); j++) {
                if (policy.isSmall(list.count(j))) {
                    assertThat(result.reason(j)).contains(SuppressionReason.SMALL_COUNT);
                }
            }
            assertThat(DisclosureVerifier.audit(list, result.published()).isSafe())
                    .as(
                            "list %s hiding %s",
                            list.cells().stream().map(list::value).toList(), result.suppressedCells())
                    .isTrue();
            Set<TableCell> hidden = new HashSet<>(result.suppressedCells());
            if (list.size() <= 6) {
                assertThat(Alternatives.movable(list, hidden, policy.leastHiddenCount(), 2))
                        .isEqualTo(hidden);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void everyComplementLeftIsNeeded(SuppressionPolicy policy) {
        Random random = new Random(45L + policy.threshold() * 2L + (policy.suppressZeros() ? 1 : 0));
        SmallCellSuppressor suppressor = new SmallCellSuppressor(policy);
        for (int round = 0; round < 25; round++) {
            CountTable table = Tables.random(random, 2 + random.nextInt(5), 2 + random.nextInt(4), policy.threshold());
            SuppressedTable result = suppressor.suppress(table);
            List<TableCell> hidden = result.suppressedCells();

            for (TableCell complement : hidden) {
                if (result.reason(complement).orElseThrow() == SuppressionReason.COMPLEMENTARY) {
                    Set<TableCell> fewer = new HashSet<>(hidden);
                    fewer.remove(complement);
                    DisclosureAudit audit =
                            DisclosureVerifier.audit(table, Tables.publishedHiding(table, fewer, policy));
                    assertThat(audit.isSafe())
                            .as("publishing %s of %s", complement, render(table, result))
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void protectsTablesOfTheTrialsSize(SuppressionPolicy policy) {
        // 25 trial areas by a dozen categories, and the 118 municipalities by the same.
        Random random = new Random(118L + policy.threshold());
        SmallCellSuppressor suppressor = new SmallCellSuppressor(policy);
        for (int[] shape : new int[][] {{25, 12}, {118, 12}}) {
            CountTable table = Tables.random(random, shape[0], shape[1], policy.threshold());

            SuppressedTable result = suppressor.suppress(table);

            assertThat(DisclosureVerifier.audit(table, result.published()).isSafe())
                    .isTrue();
        }
    }

    private static String render(CountTable table, SuppressedTable result) {
        StringBuilder text = new StringBuilder("\n");
        for (int i = 0; i <= table.rowCount(); i++) {
            for (int j = 0; j <= table.columnCount(); j++) {
                TableCell cell = new TableCell(i, j);
                String mark = result.reason(cell)
                        .map(reason -> reason == SuppressionReason.SMALL_COUNT ? "*" : "+")
                        .orElse(" ");
                text.append(String.format("%5d%s", table.value(cell), mark));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
