package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reports are computed once and served from memory. Everything cached belongs to one
 * <em>generation</em>, named by what the figures depend on: the catalogue (every indicator's key
 * and version), the version of each month's counts (the month's fingerprint and rules, the trial
 * areas counted: {@link Indicators#countsVersions}), and the suppression policy. When any of them
 * changes (a definition changes meaning, the panel gains a month or a late correction rebuilds one,
 * the threshold is reconfigured) the next request starts a new generation, and the old one's
 * reports and documents are dropped. Of its published months the new generation takes over those
 * whose counts are unchanged ({@link PublishedMonths}): after the nightly build of a new month, only
 * that month is counted again (the first national report took 25 to 70 seconds to count). Whether
 * they changed is asked at most once per {@code reporting.cache.check-interval} (default one
 * second), not on every request, and by one request while the others are served what is known: a
 * warm report then costs the cache no database round trip, and a change shows within that second.
 *
 * <p>Reports also carry what the panel does not version, the areas' names, so a generation ends
 * after {@code reporting.cache.ttl} (default 15 minutes) as well. Its successor takes over every
 * published month when the counts are the same: only reports and documents are made again, from
 * figures in memory, so no request waits for a whole recomputation every quarter of an hour.
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
                return generation == known ? replace(known, PanelState.read(indicators, policy), now) : generation;
            }
        }
        Instant checked = known.checked.get();
        // One request asks whether the panel changed; the others meanwhile serve what is known.
        if (now.isBefore(checked.plus(checkInterval)) || !known.checked.compareAndSet(checked, now)) {
            return known;
        }
        PanelState state = PanelState.read(indicators, policy);
        if (known.key.equals(state.key())) {
            return known;
        }
        synchronized (this) {
            return generation == known ? replace(known, state, now) : generation;
        }
    }

    /** What the cached figures depend on, read together, and the key it makes. */
    private record PanelState(String key, List<IndicatorDefinition> catalogue, Map<YearMonth, String> versions) {

        static PanelState read(Indicators indicators, SuppressionPolicy policy) {
            List<IndicatorDefinition> catalogue = indicators.catalogue();
            Map<YearMonth, String> versions = indicators.countsVersions();
            String key = PublishedMonths.catalogueVersion(catalogue) + "/"
                    + PublishedMonths.fingerprint(versions.toString()) + "/" + policy;
            return new PanelState(key, catalogue, versions);
        }
    }

    /**
     * A new generation after {@code known}: reports and documents are made again; of the published
     * months it takes over those whose counts are unchanged.
     */
    private Generation replace(Generation known, PanelState state, Instant now) {
        PublishedMonths months = new PublishedMonths(
                indicators, state.catalogue(), policy, state.versions(), known == null ? null : known.months);
        generation = new Generation(state.key(), now, months, maxEntries);
        return generation;
    }

    /** One generation of cached figures, reports and documents. */
    public static final class Generation {

        private final String key;
        private final Instant created;
        /** When the key was last asked for (and found to be the panel's, unless a successor followed). */
        private final AtomicReference<Instant> checked;

        private final PublishedMonths months;
        private final Map<Object, CompletableFuture<Object>> entries;

        Generation(String key, Instant created, PublishedMonths months, int maxEntries) {
            this.key = key;
            this.created = created;
            this.checked = new AtomicReference<>(created);
            this.months = months;
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
            return months.policy();
        }

        /** What identifies the generation: catalogue fingerprint, version of each month's counts, policy. */
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
