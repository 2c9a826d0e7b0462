package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.PublishedList;
import fi.kuntakokeilu.reporting.PublishedTable;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/** Fixture builders: tables of counts, random tables with many small counts, hand-hidden tables. */
final class Tables {

    private Tables() {}

    static CountTable table(long[]... counts) {
        int columns = counts.length == 0 ? 0 : counts[0].length;
        return table(counts.length, columns, counts);
    }

    static CountTable table(int rows, int columns, long[][] counts) {
        return CountTable.of(labels("area", rows), labels("category", columns), counts);
    }

    static CountList list(long... counts) {
        return CountList.of(labels("area", counts.length), counts);
    }

    static List<String> labels(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + " " + i).toList();
    }

    static long[] row(long... counts) {
        return counts;
    }

    /**
     * A random table in which about a third of the cells are under the threshold, a sixth are zero,
     * and the rest lie between the threshold and three times it, so that small cells meet in rows
     * and columns and small totals occur.
     */
    static CountTable random(Random random, int rows, int columns, int threshold) {
        long[][] counts = new long[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                counts[i][j] = randomCount(random, threshold);
            }
        }
        return table(rows, columns, counts);
    }

    static CountList randomList(Random random, int size, int threshold) {
        long[] counts = new long[size];
        for (int j = 0; j < size; j++) {
            counts[j] = randomCount(random, threshold);
        }
        return list(counts);
    }

    private static long randomCount(Random random, int threshold) {
        double draw = random.nextDouble();
        if (draw < 0.17) {
            return 0;
        }
        if (draw < 0.5) {
            return 1 + random.nextInt(Math.max(1, threshold - 1));
        }
        return threshold + random.nextInt(2 * threshold + 1);
    }

    /** The true table published with exactly the given positions hidden. */
    static PublishedTable publishedHiding(CountTable truth, Set<TableCell> hidden, SuppressionPolicy policy) {
        int rows = truth.rowCount();
        int columns = truth.columnCount();
        List<List<Figure>> cells = new ArrayList<>();
        List<Figure> rowTotals = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            List<Figure> line = new ArrayList<>();
            for (int j = 0; j < columns; j++) {
                line.add(figure(truth, new TableCell(i, j), hidden));
            }
            cells.add(line);
            rowTotals.add(figure(truth, new TableCell(i, columns), hidden));
        }
        List<Figure> columnTotals = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            columnTotals.add(figure(truth, new TableCell(rows, j), hidden));
        }
        return new PublishedTable(
                truth.rowLabels(),
                truth.columnLabels(),
                cells,
                rowTotals,
                columnTotals,
                figure(truth, new TableCell(rows, columns), hidden),
                policy);
    }

    static PublishedList publishedHiding(CountList truth, Set<TableCell> hidden, SuppressionPolicy policy) {
        List<Figure> values = new ArrayList<>();
        for (int j = 0; j < truth.size(); j++) {
            values.add(hidden.contains(new TableCell(0, j)) ? Figure.suppressed() : Figure.count(truth.count(j)));
        }
        Figure total =
                hidden.contains(new TableCell(0, truth.size())) ? Figure.suppressed() : Figure.count(truth.total());
        return new PublishedList(truth.labels(), values, total, policy);
    }

    private static Figure figure(CountTable truth, TableCell cell, Set<TableCell> hidden) {
        return hidden.contains(cell) ? Figure.suppressed() : Figure.count(truth.value(cell));
    }
}
