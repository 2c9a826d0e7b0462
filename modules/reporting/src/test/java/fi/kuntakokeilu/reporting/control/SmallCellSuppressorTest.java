package fi.kuntakokeilu.reporting.control;

import static fi.kuntakokeilu.reporting.control.SuppressionReason.COMPLEMENTARY;
import static fi.kuntakokeilu.reporting.control.SuppressionReason.SMALL_COUNT;
import static fi.kuntakokeilu.reporting.control.Tables.list;
import static fi.kuntakokeilu.reporting.control.Tables.row;
import static fi.kuntakokeilu.reporting.control.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.FigureStatus;
import fi.kuntakokeilu.reporting.PublishedList;
import fi.kuntakokeilu.reporting.PublishedTable;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked tables: each test states which cells must be hidden and why, and every result is also
 * put to the independent {@link DisclosureVerifier}.
 */
class SmallCellSuppressorTest {

    private static final SuppressionPolicy DEFAULTS = SuppressionPolicy.defaults();
    private static final SuppressionPolicy ZEROS_HIDDEN = new SuppressionPolicy(5, true);

    @Test
    void hidesASmallCellAloneInItsRowWithTheCheapestRectangle() {
        // Alone, the 2 would be the row total 52 minus 20 and 30. The cheapest rectangle through
        // it is 20 + 15 + 12 = 47 (the alternatives cost 66, 80 and 85).
        CountTable table = table(
                row(2, 20, 30), //
                row(15, 12, 40),
                row(25, 35, 11));

        SuppressedTable result = suppressSafely(table, DEFAULTS);

        assertThat(hidden(result))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        cell(0, 0), SMALL_COUNT,
                        cell(0, 1), COMPLEMENTARY,
                        cell(1, 0), COMPLEMENTARY,
                        cell(1, 1), COMPLEMENTARY));
    }

    @Test
    void protectsAWholeSmallRowWithAnotherWholeRow() {
        // The small row's total (4) is small too; once it is hidden, the sum of row totals gives it
        // back unless another row total is hidden as well.
        CountTable table = table(
                row(12, 20, 30), //
                row(1, 2, 1),
                row(15, 11, 40));

        SuppressedTable result = suppressSafely(table, DEFAULTS);

        assertThat(hidden(result))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        cell(1, 0), SMALL_COUNT,
                        cell(1, 1), SMALL_COUNT,
                        cell(1, 2), SMALL_COUNT,
                        cell(1, 3), SMALL_COUNT,
                        cell(2, 0), COMPLEMENTARY,
                        cell(2, 1), COMPLEMENTARY,
                        cell(2, 2), COMPLEMENTARY,
                        cell(2, 3), COMPLEMENTARY));
    }

    @Test
    void hidesASmallColumnTotalAndAnotherColumnTotalToProtectIt() {
        CountTable table = table(
                row(1, 20, 30), //
                row(0, 12, 40),
                row(2, 35, 11));

        SuppressedTable result = suppressSafely(table, DEFAULTS);

        assertThat(result.reason(cell(3, 0))).contains(SMALL_COUNT);
        assertThat(result.reason(cell(3, 2))).contains(COMPLEMENTARY);
        assertThat(result.reason(cell(1, 0)))
                .as("a true zero is shown by default")
                .isEmpty();
    }

    @Test
    void hidesTheGrandTotalWhenNineHiddenOnesWouldOtherwiseAddUpToIt() {
        // Zeros are shown, so each hidden cell is at least 1; nine of them summing to a published
        // 9 would all be 1.
        CountTable ones = table(row(1, 1, 1), row(1, 1, 1), row(1, 1, 1));

        SuppressedTable result = suppressSafely(ones, DEFAULTS);

        assertThat(result.reason(cell(3, 3))).contains(COMPLEMENTARY);
        assertThat(result.suppressedCells()).hasSize(16);
    }

    @Test
    void keepsTheGrandTotalOfNineOnesWhenZerosAreHiddenToo() {
        // A hidden cell may now be 0, so 9 = 0 + 2 + 1 + ... leaves every cell free.
        CountTable ones = table(row(1, 1, 1), row(1, 1, 1), row(1, 1, 1));

        SuppressedTable result = suppressSafely(ones, ZEROS_HIDDEN);

        assertThat(result.reason(cell(3, 3))).isEmpty();
        assertThat(result.count(COMPLEMENTARY)).isZero();
    }

    @Test
    void hidesEveryCellWhenAllAreSmallAndPublishesTheLargeTotals() {
        CountTable small = table(row(1, 4, 2), row(3, 3, 1), row(2, 4, 4));

        SuppressedTable result = suppressSafely(small, DEFAULTS);

        PublishedTable published = result.published();
        assertThat(published.cells().stream().flatMap(List::stream)).allMatch(Figure::isSuppressed);
        assertThat(published.rowTotals()).containsExactly(Figure.count(7), Figure.count(7), Figure.count(10));
        assertThat(published.columnTotals()).containsExactly(Figure.count(6), Figure.count(11), Figure.count(7));
        assertThat(published.grandTotal()).isEqualTo(Figure.count(24));
    }

    @Test
    void oneRowTableHidesTheColumnTotalThatRepeatsTheSmallCell() {
        // With one row, each column total equals its cell: the 3 is hidden twice over, and the
        // cheapest column (8) joins it so that the row total cannot give it back.
        CountTable oneRow = table(row(3, 10, 12, 8));

        SuppressedTable result = suppressSafely(oneRow, DEFAULTS);

        assertThat(hidden(result))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        cell(0, 0), SMALL_COUNT,
                        cell(1, 0), SMALL_COUNT,
                        cell(0, 3), COMPLEMENTARY,
                        cell(1, 3), COMPLEMENTARY));
    }

    @Test
    void oneColumnTableHidesTheRowTotalThatRepeatsTheSmallCell() {
        CountTable oneColumn = table(row(3), row(10), row(12), row(8));

        SuppressedTable result = suppressSafely(oneColumn, DEFAULTS);

        assertThat(hidden(result))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        cell(0, 0), SMALL_COUNT,
                        cell(0, 1), SMALL_COUNT,
                        cell(3, 0), COMPLEMENTARY,
                        cell(3, 1), COMPLEMENTARY));
    }

    @Test
    void publishesATableWithoutRowsWithItsZeroTotalsEvenWhenZerosAreHidden() {
        // A total over no cells is zero by definition: every reader knows it, hiding protects nothing.
        CountTable noRows = Tables.table(0, 3, new long[0][]);

        SuppressedTable result = suppressSafely(noRows, ZEROS_HIDDEN);

        assertThat(result.suppressedCells()).isEmpty();
        assertThat(result.published().columnTotals()).containsOnly(Figure.count(0));
        assertThat(result.published().grandTotal()).isEqualTo(Figure.count(0));
    }

    @Test
    void publishesATableWithoutColumnsWithItsZeroTotals() {
        CountTable noColumns = Tables.table(2, 0, new long[][] {{}, {}});

        SuppressedTable result = suppressSafely(noColumns, ZEROS_HIDDEN);

        assertThat(result.suppressedCells()).isEmpty();
        assertThat(result.published().rowTotals()).containsExactly(Figure.count(0), Figure.count(0));
    }

    @Test
    void showsARowOfTrueZerosByDefault() {
        CountTable table = table(row(12, 20, 30), row(0, 0, 0), row(15, 11, 40));

        SuppressedTable result = suppressSafely(table, DEFAULTS);

        assertThat(result.suppressedCells()).isEmpty();
    }

    @Test
    void hidesARowOfZerosWithAnotherRowWhenZerosAreHidden() {
        // Zero counts are then small counts; hidden zeros can only be thought larger, so the other
        // hidden row must include its total for the zeros to be able to rise.
        CountTable table = table(row(12, 20, 30), row(0, 0, 0), row(15, 11, 40));

        SuppressedTable result = suppressSafely(table, ZEROS_HIDDEN);

        assertThat(result.count(SMALL_COUNT)).isEqualTo(4);
        assertThat(result.reason(cell(1, 3))).contains(SMALL_COUNT);
        assertThat(result.reason(cell(0, 3))).contains(COMPLEMENTARY);
    }

    @Test
    void neverHidesAZeroAsAComplementWhenZerosAreShown() {
        // The cheapest rectangles would pass through the zeros; zeros are shown, so they may not.
        CountTable table = table(row(2, 0, 30), row(0, 0, 40), row(25, 35, 11));

        SuppressedTable result = suppressSafely(table, DEFAULTS);

        assertThat(result.suppressedCells()).allMatch(cell -> table.value(cell) > 0);
    }

    @Test
    void thresholdOnePublishesEveryCount() {
        CountTable table = table(row(1, 0, 3), row(2, 4, 1));

        SuppressedTable result = suppressSafely(table, new SuppressionPolicy(1, false));

        assertThat(result.suppressedCells()).isEmpty();
    }

    @Test
    void higherThresholdHidesMore() {
        CountTable table = table(row(6, 12, 30), row(15, 9, 40), row(25, 35, 11));

        assertThat(suppressSafely(table, DEFAULTS).suppressedCells()).isEmpty();
        assertThat(suppressSafely(table, new SuppressionPolicy(10, false)).count(SMALL_COUNT))
                .isEqualTo(2);
    }

    @Test
    void publishedFiguresDoNotSayWhyACellIsHidden() {
        CountTable table = table(row(2, 20, 30), row(15, 12, 40), row(25, 35, 11));

        PublishedTable published = suppressSafely(table, DEFAULTS).published();

        assertThat(published.cell(0, 0)).isEqualTo(published.cell(1, 1)).isEqualTo(Figure.suppressed());
        assertThat(published.cell(0, 0).toString()).isEqualTo("..");
        assertThat(published.cell(2, 2)).isEqualTo(Figure.count(11));
        assertThat(published.policy()).isEqualTo(DEFAULTS);
    }

    @Test
    void sameTableAlwaysGivesTheSameSuppression() {
        CountTable table = table(row(2, 3, 30, 1), row(15, 12, 40, 4), row(25, 2, 11, 9), row(3, 8, 8, 8));
        SmallCellSuppressor suppressor = new SmallCellSuppressor(DEFAULTS);

        assertThat(suppressor.suppress(table).suppressedCells())
                .isEqualTo(suppressor.suppress(table).suppressedCells());
    }

    @Test
    void listHidesTheCheapestOtherEntryWithASmallOne() {
        CountList areas = list(3, 10, 12);

        SuppressedList result = suppressSafely(areas, DEFAULTS);

        assertThat(result.reason(0)).contains(SMALL_COUNT);
        assertThat(result.reason(1)).contains(COMPLEMENTARY);
        assertThat(result.published().values())
                .containsExactly(Figure.suppressed(), Figure.suppressed(), Figure.count(12));
        assertThat(result.published().total()).isEqualTo(Figure.count(25));
    }

    @Test
    void listHidesAThirdEntryWhenTwoHiddenOnesWouldHaveToShareTwo() {
        // 7 − 5 = 2 for two hidden entries, each at least 1: both would be 1.
        CountList areas = list(1, 1, 5);

        SuppressedList result = suppressSafely(areas, DEFAULTS);

        assertThat(result.reason(2)).contains(COMPLEMENTARY);
        assertThat(result.totalReason()).isEmpty();
    }

    @Test
    void listWithOneSmallEntryHidesItsTotalAsWell() {
        CountList single = list(3);

        SuppressedList result = suppressSafely(single, DEFAULTS);

        PublishedList published = result.published();
        assertThat(published.values()).containsExactly(Figure.suppressed());
        assertThat(published.total().status()).isEqualTo(FigureStatus.SUPPRESSED);
    }

    @Test
    void listWithoutSmallEntriesIsPublishedWhole() {
        CountList areas = list(45_901, 28_399, 21_210, 0);

        SuppressedList result = suppressSafely(areas, DEFAULTS);

        assertThat(result.suppressedCells()).isEmpty();
        assertThat(result.published().total()).isEqualTo(Figure.count(95_510));
    }

    @Test
    void emptyListPublishesItsZeroTotal() {
        SuppressedList result = suppressSafely(list(), ZEROS_HIDDEN);

        assertThat(result.published().total()).isEqualTo(Figure.count(0));
    }

    @Test
    void removesComplementsThatLaterChoicesMadeRedundant() {
        // Every complement left must be needed: publishing any one of them alone gives a hidden
        // cell away. Checked by the verifier, not by the suppressor's own test.
        CountTable table = table(
                row(2, 3, 30, 1, 14), //
                row(15, 12, 40, 4, 6),
                row(25, 2, 11, 9, 1),
                row(3, 8, 8, 8, 20));

        SuppressedTable result = suppressSafely(table, DEFAULTS);

        for (TableCell complement : result.suppressedCells()) {
            if (result.reason(complement).orElseThrow() != COMPLEMENTARY) {
                continue;
            }
            Set<TableCell> fewer = new HashSet<>(result.suppressedCells());
            fewer.remove(complement);
            var audit = DisclosureVerifier.audit(table, Tables.publishedHiding(table, fewer, DEFAULTS));
            assertThat(audit.isSafe()).as("publishing %s", complement).isFalse();
        }
    }

    static SuppressedTable suppressSafely(CountTable table, SuppressionPolicy policy) {
        SuppressedTable result = new SmallCellSuppressor(policy).suppress(table);
        DisclosureAudit audit = DisclosureVerifier.audit(table, result.published());
        assertThat(audit.isSafe()).as("audit %s", audit).isTrue();
        return result;
    }

    static SuppressedList suppressSafely(CountList list, SuppressionPolicy policy) {
        SuppressedList result = new SmallCellSuppressor(policy).suppress(list);
        DisclosureAudit audit = DisclosureVerifier.audit(list, result.published());
        assertThat(audit.isSafe()).as("audit %s", audit).isTrue();
        return result;
    }

    private static Map<TableCell, SuppressionReason> hidden(SuppressedTable result) {
        Map<TableCell, SuppressionReason> hidden =
                new TreeMap<>(Comparator.comparingInt(TableCell::row).thenComparingInt(TableCell::column));
        for (TableCell cell : result.suppressedCells()) {
            hidden.put(cell, result.reason(cell).orElseThrow());
        }
        return hidden;
    }

    private static TableCell cell(int row, int column) {
        return new TableCell(row, column);
    }
}
