package fi.kuntakokeilu.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One indicator of the catalogue (docs/indicators.md). A count is the number of panel rows meeting
 * its definition; a share is {@code 100 × numerator / (sum of the denominator counts)}, both named by
 * keys of count indicators, so whoever publishes a share can suppress it together with its counts.
 *
 * @param key stable identifier, for example {@code UNEMPLOYED} or {@code ACTIVATION_RATE}
 * @param version raised whenever the definition changes meaning
 * @param kind count or share
 * @param numerator for a share, the count it divides; {@code null} for a count
 * @param denominator for a share, the counts summed below the line; empty for a count
 * @param definition the rule in words, as docs/indicators.md gives it
 * @param sourceFields the panel columns it reads
 */
public record IndicatorDefinition(
        String key,
        int version,
        IndicatorKind kind,
        String numerator,
        List<String> denominator,
        String definition,
        List<String> sourceFields) {

    public IndicatorDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        denominator = List.copyOf(denominator);
        sourceFields = List.copyOf(sourceFields);
        if ((kind == IndicatorKind.SHARE) != (numerator != null && !denominator.isEmpty())) {
            throw new IllegalArgumentException("a share, and only a share, has a numerator and a denominator: " + key);
        }
    }
}
