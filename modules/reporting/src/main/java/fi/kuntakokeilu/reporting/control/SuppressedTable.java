package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.PublishedTable;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link CountTable} with the suppression decided: which cells are hidden and why. The reasons
 * stay inside the module; {@link #published()} is what an evaluator sees.
 */
public final class SuppressedTable {

    private final CountTable source;
    private final SuppressionPolicy policy;
    private final SuppressionReason[] reasons;

    SuppressedTable(CountTable source, SuppressionPolicy policy, SuppressionReason[] reasons) {
        this.source = source;
        this.policy = policy;
        this.reasons = reasons.clone();
    }

    public CountTable source() {
        return source;
    }

    public SuppressionPolicy policy() {
        return policy;
    }

    /** Why the cell is hidden, or empty when it is published. */
    public Optional<SuppressionReason> reason(TableCell cell) {
        source.value(cell);
        return Optional.ofNullable(reasons[cell.row() * (source.columnCount() + 1) + cell.column()]);
    }

    public boolean isSuppressed(TableCell cell) {
        return reason(cell).isPresent();
    }

    /** The hidden cells, margins included, in table order. */
    public List<TableCell> suppressedCells() {
        return source.cells().stream().filter(this::isSuppressed).toList();
    }

    /** How many cells are hidden for the given reason. */
    public long count(SuppressionReason reason) {
        return Arrays.stream(reasons).filter(r -> r == reason).count();
    }

    /** The table as published: hidden cells become {@link Figure#suppressed()}. */
    public PublishedTable published() {
        int rows = source.rowCount();
        int columns = source.columnCount();
        List<List<Figure>> cells = new ArrayList<>(rows);
        List<Figure> rowTotals = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            List<Figure> line = new ArrayList<>(columns);
            for (int j = 0; j < columns; j++) {
                line.add(figure(new TableCell(i, j)));
            }
            cells.add(line);
            rowTotals.add(figure(new TableCell(i, columns)));
        }
        List<Figure> columnTotals = new ArrayList<>(columns);
        for (int j = 0; j < columns; j++) {
            columnTotals.add(figure(new TableCell(rows, j)));
        }
        return new PublishedTable(
                source.rowLabels(),
                source.columnLabels(),
                cells,
                rowTotals,
                columnTotals,
                figure(new TableCell(rows, columns)),
                policy);
    }

    private Figure figure(TableCell cell) {
        return isSuppressed(cell) ? Figure.suppressed() : Figure.count(source.value(cell));
    }
}
