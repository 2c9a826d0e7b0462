package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.Indicators;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reports are computed once and served from memory. Everything cached belongs to one
 * <em>generation</em>, named by what the figures depend on: the catalogue (every indicator's key
 * and version), the version of the panel's counts (the months held with their fingerprints, the
 * trial areas counted: {@link Indicators#countsVersion}), and the suppression policy. When any of
 * them changes (a definition changes meaning, the panel gains a month or a late correction rebuilds
 * one, the threshold is reconfigured) the next request starts a new generation and the old one is
 * dropped whole. Whether they changed is asked at most once per {@code
 * reporting.cache.check-interval} (default one second), not on every request, and by one request
 * while the others are served what is known: a warm report then costs the cache no database round
 * trip, and a change shows within that second.
 *
 * <p>Reports also carry what the panel does not version, the areas' names, so a generation ends
 * after {@code reporting.cache.ttl} (default 15 minutes) as well. Its successor takes over the
 * published months when the counts' version is the same: only reports and documents are made
 * again, from figures in memory, not the counts (the first national report took 30 to 70 seconds
 * to count), so no request waits for a whole recomputation every quarter of an hour.
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

    /** The figures of the panel as it is now, with what has been computed from them so far. */
    public Generation current() {
        Instant now = clock.instant();
        Generation known = generation;
        if (known == null || !now.isBefore(known.created.plus(timeToLive))) {
            synchronized (this) {
                // The first request after the time to live makes the successor; the others wait for it.
                return generation == known ? replace(known, key(), now) : generation;
            }
        }
        Instant checked = known.checked.get();
        // One request asks whether the panel changed; the others meanwhile serve what is known.
        if (now.isBefore(checked.plus(checkInterval)) || !known.checked.compareAndSet(checked, now)) {
            return known;
        }
        String key = key();
        if (known.key.equals(key)) {
            return known;
        }
        synchronized (this) {
            return generation == known ? replace(known, key, now) : generation;
        }
    }

    private String key() {
        return PublishedMonths.catalogueVersion(indicators.catalogue()) + "/" + indicators.countsVersion() + "/"
                + policy;
    }

    /** A new generation after {@code known}, taking over its published months when the counts are the same. */
    private Generation replace(Generation known, String key, Instant now) {
        PublishedMonths months =
                known != null && known.key.equals(key) ? known.months : new PublishedMonths(indicators, policy);
        generation = new Generation(key, now, months, policy, maxEntries);
        return generation;
    }

    /** One generation of cached figures, reports and documents. */
    public static final class Generation {

        private final String key;
        private final Instant created;
        /** When the key was last asked for (and found to be the panel's, unless a successor followed). */
        private final AtomicReference<Instant> checked;

        private final PublishedMonths months;
        private final SuppressionPolicy policy;
        private final Map<Object, CompletableFuture<Object>> entries;

        Generation(String key, Instant created, PublishedMonths months, SuppressionPolicy policy, int maxEntries) {
            this.key = key;
            this.created = created;
            this.checked = new AtomicReference<>(created);
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
