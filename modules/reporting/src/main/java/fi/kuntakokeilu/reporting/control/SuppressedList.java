package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.PublishedList;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A {@link CountList} with the suppression decided. The reasons stay inside the module; {@link
 * #published()} is what an evaluator sees.
 */
public final class SuppressedList {

    private final CountList source;
    private final SuppressionPolicy policy;
    private final SuppressionReason[] reasons;

    SuppressedList(CountList source, SuppressionPolicy policy, SuppressionReason[] reasons) {
        this.source = source;
        this.policy = policy;
        this.reasons = reasons.clone();
    }

    public CountList source() {
        return source;
    }

    public SuppressionPolicy policy() {
        return policy;
    }

    /** Why entry {@code index} is hidden, or empty when it is published. */
    public Optional<SuppressionReason> reason(int index) {
        source.count(index);
        return Optional.ofNullable(reasons[index]);
    }

    /** Why the total is hidden, or empty when it is published. */
    public Optional<SuppressionReason> totalReason() {
        return Optional.ofNullable(reasons[source.size()]);
    }

    /** The hidden positions in list order, the total last (see {@link TableCell}). */
    public List<TableCell> suppressedCells() {
        return source.cells().stream()
                .filter(cell -> reasons[cell.column()] != null)
                .toList();
    }

    public long count(SuppressionReason reason) {
        return Arrays.stream(reasons).filter(r -> r == reason).count();
    }

    /** The list as published: hidden entries become {@link Figure#suppressed()}. */
    public PublishedList published() {
        List<Figure> values = new ArrayList<>(source.size());
        for (int j = 0; j < source.size(); j++) {
            values.add(reasons[j] == null ? Figure.count(source.count(j)) : Figure.suppressed());
        }
        Figure total = reasons[source.size()] == null ? Figure.count(source.total()) : Figure.suppressed();
        return new PublishedList(source.labels(), values, total, policy);
    }
}
