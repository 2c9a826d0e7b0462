package fi.kuntakokeilu.reporting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A one-way frequency list before disclosure control: non-negative counts (for example job seekers
 * per trial area) and their total, which is published too. The total is computed, so the list is
 * additive: each person is counted in exactly one entry.
 */
public final class CountList {

    private final List<String> labels;
    private final long[] counts;
    private final long total;

    private CountList(List<String> labels, long[] counts) {
        this.labels = List.copyOf(labels);
        if (counts.length != this.labels.size()) {
            throw new IllegalArgumentException("expected " + this.labels.size() + " counts, got " + counts.length);
        }
        this.counts = counts.clone();
        long sum = 0;
        for (int j = 0; j < counts.length; j++) {
            if (counts[j] < 0) {
                throw new IllegalArgumentException("a count is never negative: entry " + j);
            }
            sum = Math.addExact(sum, counts[j]);
        }
        this.total = sum;
    }

    public static CountList of(List<String> labels, long[] counts) {
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(counts, "counts");
        return new CountList(labels, counts);
    }

    public int size() {
        return labels.size();
    }

    public List<String> labels() {
        return labels;
    }

    public long count(int index) {
        return counts[index];
    }

    public long total() {
        return total;
    }

    /** The value at a position: {@code (0, j)} is entry {@code j}, {@code (0, size())} the total. */
    public long value(TableCell cell) {
        if (cell.row() != 0 || cell.column() > size()) {
            throw new IndexOutOfBoundsException("no cell " + cell + " in a list of " + size());
        }
        return cell.column() == size() ? total : counts[cell.column()];
    }

    /** Every position: the entries in order, then the total. */
    public List<TableCell> cells() {
        List<TableCell> cells = new ArrayList<>(size() + 1);
        for (int j = 0; j <= size(); j++) {
            cells.add(new TableCell(0, j));
        }
        return cells;
    }

    public String describe(TableCell cell) {
        value(cell);
        return cell.column() == size() ? "total" : labels.get(cell.column());
    }
}
