package fi.kuntakokeilu.reporting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A two-way frequency table before disclosure control: non-negative counts of persons, rows (for
 * example trial areas) by columns (for example unemployed, laid off, in services), with the row
 * totals, column totals and grand total that are published alongside.
 *
 * <p>The totals are computed from the cells, so the table is additive by construction: each person
 * is counted in exactly one cell. That is what the additive equations of secondary suppression
 * assume. Categories that overlap (a person both "unemployed" and "long-term unemployed") or that
 * do not cover a row's whole population do not form such a table: publish them as separate tables,
 * or add the remainder as an explicit column so that the totals stay sums.
 */
public final class CountTable {

    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final long[][] counts;
    private final long[] rowTotals;
    private final long[] columnTotals;
    private final long grandTotal;

    private CountTable(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        int rows = this.rowLabels.size();
        int columns = this.columnLabels.size();
        if (counts.length != rows) {
            throw new IllegalArgumentException("expected " + rows + " rows of counts, got " + counts.length);
        }
        this.counts = new long[rows][];
        this.rowTotals = new long[rows];
        this.columnTotals = new long[columns];
        long grand = 0;
        for (int i = 0; i < rows; i++) {
            if (counts[i].length != columns) {
                throw new IllegalArgumentException(
                        "row " + i + " has " + counts[i].length + " counts, expected " + columns);
            }
            this.counts[i] = counts[i].clone();
            for (int j = 0; j < columns; j++) {
                long count = counts[i][j];
                if (count < 0) {
                    throw new IllegalArgumentException("a count is never negative: row " + i + ", column " + j);
                }
                rowTotals[i] = Math.addExact(rowTotals[i], count);
                columnTotals[j] = Math.addExact(columnTotals[j], count);
                grand = Math.addExact(grand, count);
            }
        }
        this.grandTotal = grand;
    }

    /**
     * A table of the given counts, {@code counts[row][column]}. No rows, or no columns, is allowed:
     * the totals are then zero.
     */
    public static CountTable of(List<String> rowLabels, List<String> columnLabels, long[][] counts) {
        Objects.requireNonNull(rowLabels, "rowLabels");
        Objects.requireNonNull(columnLabels, "columnLabels");
        Objects.requireNonNull(counts, "counts");
        return new CountTable(rowLabels, columnLabels, counts);
    }

    public int rowCount() {
        return rowLabels.size();
    }

    public int columnCount() {
        return columnLabels.size();
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public long rowTotal(int row) {
        return rowTotals[row];
    }

    public long columnTotal(int column) {
        return columnTotals[column];
    }

    public long grandTotal() {
        return grandTotal;
    }

    /** The value at a position of the table with its margins (see {@link TableCell}). */
    public long value(TableCell cell) {
        int row = cell.row();
        int column = cell.column();
        checkPosition(row, column);
        boolean totalsLine = row == rowCount();
        boolean totalsColumn = column == columnCount();
        if (totalsLine && totalsColumn) {
            return grandTotal;
        }
        if (totalsLine) {
            return columnTotals[column];
        }
        if (totalsColumn) {
            return rowTotals[row];
        }
        return counts[row][column];
    }

    /** Every position, margins included, row by row: {@code (0,0)…(0,C)}, then the next row. */
    public List<TableCell> cells() {
        List<TableCell> cells = new ArrayList<>((rowCount() + 1) * (columnCount() + 1));
        for (int i = 0; i <= rowCount(); i++) {
            for (int j = 0; j <= columnCount(); j++) {
                cells.add(new TableCell(i, j));
            }
        }
        return cells;
    }

    /** A reader's name for a position: "Espoo / laid off", "total / laid off", "Espoo / total". */
    public String describe(TableCell cell) {
        checkPosition(cell.row(), cell.column());
        String row = cell.row() == rowCount() ? "total" : rowLabels.get(cell.row());
        String column = cell.column() == columnCount() ? "total" : columnLabels.get(cell.column());
        return row + " / " + column;
    }

    private void checkPosition(int row, int column) {
        if (row > rowCount() || column > columnCount()) {
            throw new IndexOutOfBoundsException("no cell " + row + ", " + column + " in a table of " + rowCount()
                    + " rows and " + columnCount() + " columns");
        }
    }
}
