package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.Indicators;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published figures of each month the panel holds, each month computed once and kept for the
 * life of this object (one catalogue version and one policy: {@link ReportCache} starts a new one
 * when either changes or the entry grows old).
 */
public final class PublishedMonths {

    private final Indicators indicators;
    private final MonthPublisher publisher;
    private final List<IndicatorDefinition> catalogue;
    private final List<YearMonth> months;
    private final Set<YearMonth> available;
    private final Map<YearMonth, PublishedMonth> computed = new ConcurrentHashMap<>();

    public PublishedMonths(Indicators indicators, SuppressionPolicy policy) {
        this.indicators = indicators;
        this.publisher = new MonthPublisher(policy);
        this.catalogue = List.copyOf(indicators.catalogue());
        this.months = List.copyOf(indicators.months());
        this.available = new HashSet<>(months);
    }

    /** The months the panel holds, oldest first. */
    public List<YearMonth> available() {
        return months;
    }

    public boolean holds(YearMonth month) {
        return available.contains(month);
    }

    /** The month's published figures, or empty when the panel does not hold the month. */
    public Optional<PublishedMonth> month(YearMonth month) {
        if (!holds(month)) {
            return Optional.empty();
        }
        return Optional.of(computed.computeIfAbsent(month, m -> publisher.publish(m, catalogue, indicators.counts(m))));
    }

    public List<IndicatorDefinition> catalogue() {
        return catalogue;
    }

    /**
     * A fingerprint of the catalogue: every key with its definition version, so a definition that
     * changes meaning changes the fingerprint (and so every cache key and ETag built from it).
     */
    public static String catalogueVersion(List<IndicatorDefinition> catalogue) {
        StringBuilder text = new StringBuilder();
        for (IndicatorDefinition definition : catalogue) {
            text.append(definition.key())
                    .append(':')
                    .append(definition.version())
                    .append(';');
        }
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
