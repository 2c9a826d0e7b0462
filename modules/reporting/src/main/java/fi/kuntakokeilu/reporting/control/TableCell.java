package fi.kuntakokeilu.reporting.control;

/**
 * A position in a table together with its margins. For a {@link CountTable} of {@code R} rows and
 * {@code C} columns, {@code row} runs 0…R and {@code column} 0…C: row {@code R} is the line of column
 * totals, column {@code C} the column of row totals, and {@code (R, C)} the grand total. A {@link
 * CountList} of {@code n} entries is one row: {@code (0, j)} is entry {@code j} and {@code (0, n)}
 * the total.
 *
 * <p>Totals are cells like any other here, because suppression treats them alike: a small total is
 * hidden, and a total can be a complementary suppression.
 */
public record TableCell(int row, int column) {

    public TableCell {
        if (row < 0 || column < 0) {
            throw new IllegalArgumentException("a table position is never negative: " + row + ", " + column);
        }
    }

    @Override
    public String toString() {
        return "(" + row + ", " + column + ")";
    }
}
