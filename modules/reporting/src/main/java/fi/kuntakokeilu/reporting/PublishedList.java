package fi.kuntakokeilu.reporting;

import java.util.List;
import java.util.Objects;

/**
 * A one-way list of counts with its total as published, after small-cell suppression: for example
 * job seekers per trial area with the sum over all areas.
 *
 * @param labels one label per entry
 * @param values one figure per entry
 * @param total the sum of all entries
 * @param policy the suppression rule the list was published under
 */
public record PublishedList(List<String> labels, List<Figure> values, Figure total, SuppressionPolicy policy) {

    public PublishedList {
        labels = List.copyOf(labels);
        values = List.copyOf(values);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(policy, "policy");
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException("one value per label");
        }
    }
}
