package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.Indicators;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reports are computed once and served from memory. Everything cached belongs to one
 * <em>generation</em>, named by what the figures depend on that can be seen from here: the
 * catalogue (every indicator's key and version), the months the panel holds, and the suppression
 * policy. When any of them changes (a definition changes meaning, the panel gains a month, the
 * threshold is reconfigured) the next request starts a new generation and the old one is dropped
 * whole. The evaluation API does not say when the panel recomputes a month it already holds (a late
 * correction rolled in overnight), so a generation also ends after {@code reporting.cache.ttl}
 * (default 15 minutes): no figure is served staler than that.
 *
 * <p>Whether the panel still holds the same months is asked at most once per {@code
 * reporting.cache.check-interval} (default one second), not on every request: a warm report is
 * then served without a database round trip, and a month the panel gains shows within that
 * second.
 *
 * <p>Within a generation, each month's published figures are computed once ({@link
 * PublishedMonths}), and each report and rendered document once per key, also when several
 * requests ask at the same time (the first computes, the others wait for it). Rendered documents
 * are bounded ({@code reporting.cache.max-entries}, default 500, least recently used first out).
 *
 * <p>Each instance of a cluster keeps its own cache; they agree because they compute the same
 * figures from the same panel, and the entity tags are over the bytes, so a client revalidates
 * against any instance.
 */
@ApplicationScoped
public class ReportCache {

    @Inject
    Indicators indicators;

    @Inject
    SuppressionPolicy policy;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "reporting.cache.ttl", defaultValue = "PT15M")
    Duration timeToLive;

    @Inject
    @ConfigProperty(name = "reporting.cache.check-interval", defaultValue = "PT1S")
    Duration checkInterval;

    @Inject
    @ConfigProperty(name = "reporting.cache.max-entries", defaultValue = "500")
    int maxEntries;

    private volatile Generation generation;

    /** When the current generation's key was last found to be the panel's. */
    private volatile Instant checked = Instant.MIN;

    /** The figures of the panel as it is now, with what has been computed from them so far. */
    public Generation current() {
        Instant now = clock.instant();
        Generation known = generation;
        boolean alive = known != null && now.isBefore(known.created.plus(timeToLive));
        if (alive && now.isBefore(checked.plus(checkInterval))) {
            return known;
        }
        String key = PublishedMonths.catalogueVersion(indicators.catalogue()) + "/" + months(indicators.months()) + "/"
                + policy;
        if (alive && known.key.equals(key)) {
            checked = now;
            return known;
        }
        synchronized (this) {
            if (generation == known) {
                generation = new Generation(key, now, new PublishedMonths(indicators, policy), policy, maxEntries);
                checked = now;
            }
            return generation;
        }
    }

    private static String months(List<YearMonth> months) {
        return months.isEmpty() ? "-" : months.get(0) + ".." + months.get(months.size() - 1) + "#" + months.size();
    }

    /** One generation of cached figures, reports and documents. */
    public static final class Generation {

        private final String key;
        private final Instant created;
        private final PublishedMonths months;
        private final SuppressionPolicy policy;
        private final Map<Object, CompletableFuture<Object>> entries;

        Generation(String key, Instant created, PublishedMonths months, SuppressionPolicy policy, int maxEntries) {
            this.key = key;
            this.created = created;
            this.months = months;
            this.policy = policy;
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, CompletableFuture<Object>> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        public PublishedMonths months() {
            return months;
        }

        public SuppressionPolicy policy() {
            return policy;
        }

        /** What identifies the generation: catalogue fingerprint, months held, policy. */
        public String key() {
            return key;
        }

        /**
         * The cached value for the key, computed by {@code compute} if there is none yet; concurrent
         * callers of one key wait for the one computation. A failed computation is not kept.
         */
        @SuppressWarnings("unchecked")
        public <T> T get(Object cacheKey, Supplier<T> compute) {
            CompletableFuture<Object> future;
            boolean mine = false;
            synchronized (entries) {
                future = entries.get(cacheKey);
                if (future == null) {
                    future = new CompletableFuture<>();
                    entries.put(cacheKey, future);
                    mine = true;
                }
            }
            if (mine) {
                try {
                    future.complete(compute.get());
                } catch (RuntimeException | Error e) {
                    synchronized (entries) {
                        entries.remove(cacheKey, future);
                    }
                    future.completeExceptionally(e);
                    throw e;
                }
            }
            try {
                return (T) future.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
