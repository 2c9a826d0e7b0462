package fi.kuntakokeilu.reporting.control;

import static fi.kuntakokeilu.reporting.control.Tables.list;
import static fi.kuntakokeilu.reporting.control.Tables.publishedHiding;
import static fi.kuntakokeilu.reporting.control.Tables.row;
import static fi.kuntakokeilu.reporting.control.Tables.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.FigureStatus;
import fi.kuntakokeilu.reporting.PublishedTable;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The verifier must be right on its own, because the suppression tests rest on it: here it is held
 * against hand-worked tables and against exhaustive search over random hidden patterns.
 */
class DisclosureVerifierTest {

    private static final SuppressionPolicy ZEROS_SHOWN = new SuppressionPolicy(5, false);
    private static final SuppressionPolicy ZEROS_HIDDEN = new SuppressionPolicy(5, true);

    private static final CountTable THREE_BY_THREE = table(
            row(2, 20, 30), //
            row(15, 12, 40),
            row(25, 35, 11));

    @Test
    void findsASmallCellAloneInItsRowFromTheRowTotal() {
        var published = publishedHiding(THREE_BY_THREE, Set.of(cell(0, 0)), ZEROS_SHOWN);

        DisclosureAudit audit = DisclosureVerifier.audit(THREE_BY_THREE, published);

        assertThat(audit.exactlyDerivable()).containsExactly(cell(0, 0));
        assertThat(audit.derivableWithBounds()).containsExactly(cell(0, 0));
        assertThat(audit.isSafe()).isFalse();
    }

    @Test
    void findsTwoHiddenCellsOfARowFromTheirColumnTotals() {
        var published = publishedHiding(THREE_BY_THREE, Set.of(cell(0, 0), cell(0, 1)), ZEROS_SHOWN);

        DisclosureAudit audit = DisclosureVerifier.audit(THREE_BY_THREE, published);

        assertThat(audit.exactlyDerivable()).containsExactly(cell(0, 0), cell(0, 1));
    }

    @Test
    void acceptsFourHiddenCellsAtTheCornersOfARectangle() {
        var published =
                publishedHiding(THREE_BY_THREE, Set.of(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)), ZEROS_SHOWN);

        DisclosureAudit audit = DisclosureVerifier.audit(THREE_BY_THREE, published);

        assertThat(audit.isSafe()).isTrue();
    }

    @Test
    void findsASquareOfHiddenOnesWhenZerosAreShownButNotFromTheEquationsAlone() {
        // Every row and column leaves 2 for its two hidden cells. The equations allow 0 and 2, but
        // when zeros are always shown a hidden count is at least 1, so each must be 1.
        CountTable ones = table(row(1, 1, 10), row(1, 1, 10), row(10, 10, 10));
        Set<TableCell> hidden = Set.of(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1));

        DisclosureAudit shown = DisclosureVerifier.audit(ones, publishedHiding(ones, hidden, ZEROS_SHOWN));
        DisclosureAudit hiddenZeros = DisclosureVerifier.audit(ones, publishedHiding(ones, hidden, ZEROS_HIDDEN));

        assertThat(shown.exactlyDerivable()).isEmpty();
        assertThat(shown.derivableWithBounds()).containsExactlyInAnyOrderElementsOf(hidden);
        assertThat(hiddenZeros.isSafe()).isTrue();
    }

    @Test
    void findsAHiddenZeroThatNonNegativityPins() {
        // Zeros hidden too: a row whose hidden cells must share 0 holds only zeros.
        CountTable zeros = table(row(0, 0, 10), row(7, 9, 10), row(10, 10, 10));
        Set<TableCell> hidden = Set.of(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1));

        DisclosureAudit audit = DisclosureVerifier.audit(zeros, publishedHiding(zeros, hidden, ZEROS_HIDDEN));

        assertThat(audit.exactlyDerivable()).isEmpty();
        assertThat(audit.derivableWithBounds()).containsExactlyInAnyOrderElementsOf(hidden);
    }

    @Test
    void findsAHiddenTotalFromTheOtherTotals() {
        var published = publishedHiding(THREE_BY_THREE, Set.of(cell(0, 3)), ZEROS_SHOWN);

        assertThat(DisclosureVerifier.audit(THREE_BY_THREE, published).exactlyDerivable())
                .containsExactly(cell(0, 3));
    }

    @Test
    void reportsSmallCountsThatArePublished() {
        var published = publishedHiding(THREE_BY_THREE, Set.of(), ZEROS_SHOWN);

        DisclosureAudit audit = DisclosureVerifier.audit(THREE_BY_THREE, published);

        assertThat(audit.policyViolations()).containsExactly(cell(0, 0));
        assertThatThrownBy(() -> DisclosureVerifier.requireSafe(THREE_BY_THREE, published))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("(0, 0)");
    }

    @Test
    void reportsAShownValueThatIsNotTheTrueCount() {
        var hidden = Set.of(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1));
        PublishedTable honest = publishedHiding(THREE_BY_THREE, hidden, ZEROS_SHOWN);
        List<List<Figure>> cells = new ArrayList<>(honest.cells());
        cells.set(2, List.of(Figure.count(25), Figure.count(35), Figure.count(12)));
        PublishedTable altered = new PublishedTable(
                honest.rowLabels(),
                honest.columnLabels(),
                cells,
                honest.rowTotals(),
                honest.columnTotals(),
                honest.grandTotal(),
                honest.policy());

        assertThat(DisclosureVerifier.audit(THREE_BY_THREE, altered).policyViolations())
                .containsExactly(cell(2, 2));
    }

    @Test
    void reportsAHiddenZeroWhenThePolicyPromisesThatZerosAreShown() {
        CountTable withZero = table(row(0, 20), row(20, 20));
        var published = publishedHiding(withZero, Set.of(cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1)), ZEROS_SHOWN);

        assertThat(DisclosureVerifier.audit(withZero, published).policyViolations())
                .containsExactly(cell(0, 0));
    }

    @Test
    void acceptsTheZeroTotalsOfATableWithoutRowsEvenWhenZerosAreHidden() {
        CountTable empty = Tables.table(0, 3, new long[0][]);

        DisclosureAudit audit = DisclosureVerifier.audit(empty, publishedHiding(empty, Set.of(), ZEROS_HIDDEN));

        assertThat(audit.isSafe()).isTrue();
    }

    @Test
    void findsAListEntryHiddenAlone() {
        CountList areas = list(3, 10, 12);
        var hidden = Set.of(cell(0, 0));

        assertThat(DisclosureVerifier.audit(areas, publishedHiding(areas, hidden, ZEROS_SHOWN))
                        .exactlyDerivable())
                .containsExactly(cell(0, 0));
    }

    @Test
    void findsTwoHiddenOnesOfAListWhoseRemainderIsTwo() {
        CountList areas = list(1, 1, 5);
        var hidden = Set.of(cell(0, 0), cell(0, 1));

        DisclosureAudit audit = DisclosureVerifier.audit(areas, publishedHiding(areas, hidden, ZEROS_SHOWN));

        assertThat(audit.exactlyDerivable()).isEmpty();
        assertThat(audit.derivableWithBounds()).containsExactly(cell(0, 0), cell(0, 1));
    }

    @Test
    void acceptsAListWithThreeHiddenEntries() {
        CountList areas = list(1, 1, 5);
        var hidden = Set.of(cell(0, 0), cell(0, 1), cell(0, 2));

        assertThat(DisclosureVerifier.audit(areas, publishedHiding(areas, hidden, ZEROS_SHOWN))
                        .isSafe())
                .isTrue();
    }

    @Test
    void eliminationKeepsExactIntegers() {
        // x + y = ?, y + z = ?, x + z = ?: full rank over the rationals, although every pair of
        // equations alone leaves the cells free; floating point is not needed to see it.
        BigInteger[][] a = {
            {BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO},
            {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE},
            {BigInteger.ONE, BigInteger.ZERO, BigInteger.ONE}
        };

        int[] pivots = DisclosureVerifier.reduce(a, 3);

        assertThat(pivots).containsExactly(0, 1, 2);
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                assertThat(a[r][c].signum() != 0).isEqualTo(r == c);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithExhaustiveSearchOnRandomHiddenPatterns(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 40; round++) {
            int rows = 1 + random.nextInt(3);
            int columns = 1 + random.nextInt(3);
            CountTable truth = Tables.random(random, rows, columns, 5);
            boolean zerosHidden = random.nextBoolean();
            SuppressionPolicy policy = new SuppressionPolicy(5, zerosHidden);
            Set<TableCell> hidden = new HashSet<>();
            for (TableCell cell : truth.cells()) {
                boolean mayHide = zerosHidden || truth.value(cell) > 0;
                if (mayHide && random.nextDouble() < 0.45) {
                    hidden.add(cell);
                }
            }
            var published = publishedHiding(truth, hidden, policy);
            int radius = hiddenInterior(truth, hidden) <= 6 ? 2 : 1;

            DisclosureAudit audit = DisclosureVerifier.audit(truth, published);

            Set<TableCell> freeOverIntegers = Alternatives.movable(truth, hidden, Alternatives.UNBOUNDED, radius);
            Set<TableCell> freeWithBounds = Alternatives.movable(truth, hidden, policy.leastHiddenCount(), radius);
            String table = truth.cells().stream()
                    .map(cell -> cell + "=" + truth.value(cell) + (hidden.contains(cell) ? "*" : ""))
                    .toList()
                    .toString();
            assertThat(new HashSet<>(audit.exactlyDerivable()))
                    .as("derivable from the equations in %s", table)
                    .isEqualTo(minus(hidden, freeOverIntegers));
            assertThat(new HashSet<>(audit.derivableWithBounds()))
                    .as("derivable with bounds in %s", table)
                    .isEqualTo(minus(hidden, freeWithBounds));
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14})
    void agreesWithExhaustiveSearchOnRandomListPatterns(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 60; round++) {
            CountList truth = Tables.randomList(random, random.nextInt(6), 5);
            boolean zerosHidden = random.nextBoolean();
            SuppressionPolicy policy = new SuppressionPolicy(5, zerosHidden);
            Set<TableCell> hidden = new HashSet<>();
            for (TableCell cell : truth.cells()) {
                if ((zerosHidden || truth.value(cell) > 0) && random.nextDouble() < 0.5) {
                    hidden.add(cell);
                }
            }

            DisclosureAudit audit = DisclosureVerifier.audit(truth, publishedHiding(truth, hidden, policy));

            assertThat(new HashSet<>(audit.exactlyDerivable()))
                    .isEqualTo(minus(hidden, Alternatives.movable(truth, hidden, Alternatives.UNBOUNDED, 2)));
            assertThat(new HashSet<>(audit.derivableWithBounds()))
                    .isEqualTo(minus(hidden, Alternatives.movable(truth, hidden, policy.leastHiddenCount(), 2)));
        }
    }

    @Test
    void neverCallsAFigureNotApplicableACount() {
        var published = publishedHiding(THREE_BY_THREE, Set.of(), ZEROS_SHOWN);
        List<List<Figure>> cells = new ArrayList<>(published.cells());
        cells.set(1, List.of(Figure.count(15), Figure.notApplicable(), Figure.count(40)));
        var marked = new PublishedTable(
                published.rowLabels(),
                published.columnLabels(),
                cells,
                published.rowTotals(),
                published.columnTotals(),
                published.grandTotal(),
                published.policy());

        assertThat(DisclosureVerifier.audit(THREE_BY_THREE, marked).policyViolations())
                .contains(cell(1, 1));
        assertThat(marked.cell(1, 1).status()).isEqualTo(FigureStatus.NOT_APPLICABLE);
    }

    private static int hiddenInterior(CountTable truth, Set<TableCell> hidden) {
        return (int) hidden.stream()
                .filter(c -> c.row() < truth.rowCount() && c.column() < truth.columnCount())
                .count();
    }

    private static Set<TableCell> minus(Set<TableCell> all, Set<TableCell> removed) {
        Set<TableCell> rest = new HashSet<>(all);
        rest.removeAll(removed);
        return rest;
    }

    private static TableCell cell(int row, int column) {
        return new TableCell(row, column);
    }
}
