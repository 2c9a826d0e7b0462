package fi.kuntakokeilu.reporting;

import java.util.List;
import java.util.Objects;

/**
 * A two-way table of counts as published, after small-cell suppression: rows (for example trial
 * areas) by columns (for example unemployed, laid off, in services), with row totals, column totals
 * and the grand total. Totals are published figures too and may themselves be suppressed.
 *
 * @param rowLabels one label per row
 * @param columnLabels one label per column
 * @param cells {@code cells.get(row).get(column)}
 * @param rowTotals one per row
 * @param columnTotals one per column
 * @param grandTotal the sum of all cells
 * @param policy the suppression rule the table was published under
 */
public record PublishedTable(
        List<String> rowLabels,
        List<String> columnLabels,
        List<List<Figure>> cells,
        List<Figure> rowTotals,
        List<Figure> columnTotals,
        Figure grandTotal,
        SuppressionPolicy policy) {

    public PublishedTable {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        cells = cells.stream().map(List::copyOf).toList();
        rowTotals = List.copyOf(rowTotals);
        columnTotals = List.copyOf(columnTotals);
        Objects.requireNonNull(grandTotal, "grandTotal");
        Objects.requireNonNull(policy, "policy");
        if (cells.size() != rowLabels.size() || rowTotals.size() != rowLabels.size()) {
            throw new IllegalArgumentException("one line of cells and one total per row");
        }
        int columns = columnLabels.size();
        if (columnTotals.size() != columns || cells.stream().anyMatch(line -> line.size() != columns)) {
            throw new IllegalArgumentException("one cell per column in every row, and one total per column");
        }
    }

    public Figure cell(int row, int column) {
        return cells.get(row).get(column);
    }
}
