package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.Indicators;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The published figures of each month the panel holds, each month computed once and kept for the
 * life of this object (one catalogue version, one policy, one version of each month's counts:
 * {@link ReportCache} starts a new one when any of them changes or the entry grows old). A
 * successor takes over the months its predecessor computed whose counts, catalogue and policy are
 * the same, so a month added or corrected is the only one computed again.
 */
public final class PublishedMonths {

    private final Indicators indicators;
    private final SuppressionPolicy policy;
    private final MonthPublisher publisher;
    private final List<IndicatorDefinition> catalogue;
    private final Map<YearMonth, String> versions;
    private final List<YearMonth> months;
    private final Map<YearMonth, PublishedMonth> computed = new ConcurrentHashMap<>();

    /** The months the panel holds now, none computed yet. */
    public PublishedMonths(Indicators indicators, SuppressionPolicy policy) {
        this(indicators, indicators.catalogue(), policy, indicators.countsVersions(), null);
    }

    /**
     * @param versions the version of each month's counts ({@link Indicators#countsVersions}), as
     *     read with the catalogue
     * @param predecessor the months published before, or null
     */
    public PublishedMonths(
            Indicators indicators,
            List<IndicatorDefinition> catalogue,
            SuppressionPolicy policy,
            Map<YearMonth, String> versions,
            PublishedMonths predecessor) {
        this.indicators = indicators;
        this.policy = policy;
        this.publisher = new MonthPublisher(policy);
        this.catalogue = List.copyOf(catalogue);
        this.versions = Map.copyOf(versions);
        this.months = versions.keySet().stream().sorted().toList();
        if (predecessor != null
                && predecessor.policy.equals(policy)
                && catalogueVersion(predecessor.catalogue).equals(catalogueVersion(this.catalogue))) {
            predecessor.computed.forEach((month, published) -> {
                if (predecessor.versions.get(month).equals(this.versions.get(month))) {
                    computed.put(month, published);
                }
            });
        }
    }

    /** The months the panel holds, oldest first. */
    public List<YearMonth> available() {
        return months;
    }

    public boolean holds(YearMonth month) {
        return versions.containsKey(month);
    }

    /** The month's published figures, or empty when the panel does not hold the month. */
    public Optional<PublishedMonth> month(YearMonth month) {
        if (!holds(month)) {
            return Optional.empty();
        }
        return Optional.of(computed.computeIfAbsent(month, m -> publisher.publish(m, catalogue, indicators.counts(m))));
    }

    /** The suppression policy the months are published under. */
    public SuppressionPolicy policy() {
        return policy;
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
        return fingerprint(text.toString());
    }

    /** The first eight bytes of the text's SHA-256, in hexadecimal. */
    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
