package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.evaluation.IndicatorCounts;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.Indicators;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import fi.kuntakokeilu.reporting.support.ConstructedPanel;
import fi.kuntakokeilu.reporting.support.SamplePanels;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A month is computed once per generation; a changed catalogue, panel or policy starts a new one. */
class ReportCacheTest {

    /** The panel of the test, whose catalogue can be swapped for one with another version. */
    private static final class SwitchablePanel implements Indicators {
        ConstructedPanel current = SamplePanels.aroundNewYear2022();

        @Override
        public List<IndicatorDefinition> catalogue() {
            return current.catalogue();
        }

        final AtomicInteger versionsAsked = new AtomicInteger();
        /** When set, asking for the counts' version waits until it counts down. */
        volatile CountDownLatch slowVersion;

        @Override
        public Map<YearMonth, String> countsVersions() {
            versionsAsked.incrementAndGet();
            CountDownLatch slow = slowVersion;
            if (slow != null) {
                try {
                    slow.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return current.countsVersions();
        }

        @Override
        public List<IndicatorCounts> counts(YearMonth month) {
            return current.counts(month);
        }
    }

    private final SwitchablePanel panel = new SwitchablePanel();
    private volatile Instant now = Instant.parse("2026-12-01T08:00:00Z");

    private ReportCache cache() {
        ReportCache cache = new ReportCache();
        cache.indicators = panel;
        cache.policy = SuppressionPolicy.defaults();
        cache.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        cache.timeToLive = Duration.ofMinutes(15);
        cache.checkInterval = Duration.ofSeconds(1);
        cache.maxEntries = 3;
        return cache;
    }

    @Test
    void computesAMonthOnceHoweverOftenItIsAskedFor() {
        ReportCache cache = cache();
        AtomicInteger computed = new AtomicInteger();

        for (int i = 0; i < 5; i++) {
            cache.current().get("report 2022-01", computed::incrementAndGet);
            cache.current().months().month(SamplePanels.JAN_2022);
        }

        assertThat(computed).hasValue(1);
        assertThat(panel.current.countCalls()).isEqualTo(1);
    }

    @Test
    void startsAfreshWhenTheCatalogueChangesMeaning() {
        ReportCache cache = cache();
        ReportCache.Generation first = cache.current();

        panel.current = new ConstructedPanel(2);
        panel.current.area(
                SamplePanels.JAN_2022, "helsinki", ConstructedPanel.Counts.of(10, 5, 0, 1, 1, 2, 2, 0, 1, 1));

        now = now.plusSeconds(1);
        assertThat(cache.current()).isNotSameAs(first);
        assertThat(cache.current().key()).isNotEqualTo(first.key());
    }

    @Test
    void startsAfreshWhenThePanelGainsAMonthWithinTheCheckInterval() {
        ReportCache cache = cache();
        ReportCache.Generation first = cache.current();

        panel.current.area(
                YearMonth.of(2022, 2), "helsinki", ConstructedPanel.Counts.of(10, 5, 0, 1, 1, 2, 2, 0, 1, 1));

        now = now.plusMillis(1_000);
        assertThat(cache.current()).isNotSameAs(first);
    }

    @Test
    void asksThePanelForItsMonthsAtMostOncePerCheckInterval() {
        ReportCache cache = cache();
        ReportCache.Generation first = cache.current();
        int asked = panel.versionsAsked.get();

        for (int i = 0; i < 10; i++) {
            now = now.plusMillis(90);
            assertThat(cache.current()).isSameAs(first);
        }
        assertThat(panel.versionsAsked).hasValue(asked);
        now = now.plusMillis(100);
        assertThat(cache.current()).isSameAs(first);
        assertThat(panel.versionsAsked).hasValue(asked + 1);
    }

    @Test
    void oneRequestAsksThePanelWhileTheOthersAreServedWhatIsKnown() throws Exception {
        ReportCache cache = cache();
        ReportCache.Generation first = cache.current();
        int asked = panel.versionsAsked.get();
        now = now.plusSeconds(1);
        panel.slowVersion = new CountDownLatch(1);

        ExecutorService asking = Executors.newSingleThreadExecutor();
        try {
            Future<ReportCache.Generation> checking = asking.submit(cache::current);
            while (panel.versionsAsked.get() == asked) {
                Thread.onSpinWait();
            }
            // While the panel is being asked, every other request gets the known generation at once.
            for (int i = 0; i < 20; i++) {
                assertThat(cache.current()).isSameAs(first);
            }
            assertThat(panel.versionsAsked).hasValue(asked + 1);

            panel.slowVersion.countDown();
            assertThat(checking.get(10, TimeUnit.SECONDS)).isSameAs(first);
        } finally {
            asking.shutdownNow();
        }
    }

    @Test
    void startsAfreshWhenTheCountsOfAMonthItHoldsChangeAndCountsOnlyThatMonthAgain() {
        ReportCache cache = cache();
        ReportCache.Generation first = cache.current();
        PublishedMonth december = first.months().month(SamplePanels.DEC_2021).orElseThrow();
        PublishedMonth january = first.months().month(SamplePanels.JAN_2022).orElseThrow();
        int computed = panel.current.countCalls();

        // A late correction: the same months, one of them built again with other counts.
        panel.current.area(
                SamplePanels.JAN_2022, "helsinki", ConstructedPanel.Counts.of(11, 5, 0, 1, 1, 2, 2, 0, 1, 1));

        now = now.plusSeconds(1);
        ReportCache.Generation next = cache.current();
        assertThat(next).isNotSameAs(first);
        assertThat(next.months().month(SamplePanels.DEC_2021)).containsSame(december);
        assertThat(panel.current.countCalls()).isEqualTo(computed);
        assertThat(next.months().month(SamplePanels.JAN_2022).orElseThrow()).isNotEqualTo(january);
        assertThat(panel.current.countCalls()).isEqualTo(computed + 1);
    }

    @Test
    void aNewMonthIsTheOnlyOneCountedAfterThePanelGainsIt() {
        ReportCache cache = cache();
        ReportCache.Generation first = cache.current();
        for (YearMonth month : first.months().available()) {
            first.months().month(month);
        }
        int computed = panel.current.countCalls();

        panel.current.area(
                YearMonth.of(2022, 2), "helsinki", ConstructedPanel.Counts.of(10, 5, 0, 1, 1, 2, 2, 0, 1, 1));
        now = now.plusSeconds(1);
        ReportCache.Generation next = cache.current();

        for (YearMonth month : next.months().available()) {
            next.months().month(month);
        }
        assertThat(next.months().available()).contains(YearMonth.of(2022, 2));
        assertThat(panel.current.countCalls()).isEqualTo(computed + 1);
    }

    @Test
    void countsEveryMonthAgainWhenThePolicyChanges() {
        ReportCache cache = cache();
        cache.current().months().month(SamplePanels.JAN_2022);
        int computed = panel.current.countCalls();

        cache.policy = new SuppressionPolicy(10, false);
        now = now.plusSeconds(1);
        cache.current().months().month(SamplePanels.JAN_2022);

        assertThat(panel.current.countCalls()).isEqualTo(computed + 1);
    }

    @Test
    void afterTheTimeToLiveMakesReportsAgainButKeepsThePublishedMonthsOfUnchangedCounts() {
        ReportCache cache = cache();
        ReportCache.Generation first = cache.current();
        first.months().month(SamplePanels.JAN_2022);
        int computed = panel.current.countCalls();

        now = now.plus(Duration.ofMinutes(14));
        assertThat(cache.current()).isSameAs(first);
        now = now.plus(Duration.ofMinutes(2));
        ReportCache.Generation next = cache.current();

        // The areas' names may have changed, so reports and documents are made again...
        assertThat(next).isNotSameAs(first);
        // ...but not the counts, which only a new version of a month's counts changes.
        next.months().month(SamplePanels.JAN_2022);
        assertThat(panel.current.countCalls()).isEqualTo(computed);
    }

    @Test
    void keepsOnlyTheMostRecentlyUsedEntries() {
        ReportCache.Generation generation = cache().current();
        AtomicInteger computed = new AtomicInteger();

        for (String key : List.of("a", "b", "c", "a", "d", "a", "b")) {
            generation.get(key, computed::incrementAndGet);
        }

        // a, b, c computed; a hit; d evicts b (least recently used); a hit; b computed again.
        assertThat(computed).hasValue(5);
    }

    @Test
    void aFailedComputationIsNotKept() {
        ReportCache.Generation generation = cache().current();
        AtomicInteger attempts = new AtomicInteger();

        for (int i = 0; i < 2; i++) {
            try {
                generation.get("broken", () -> {
                    attempts.incrementAndGet();
                    throw new IllegalStateException("panel unavailable");
                });
            } catch (IllegalStateException expected) {
                // tried again below
            }
        }

        assertThat(attempts).hasValue(2);
    }

    @Test
    void equalBytesGetEqualTagsAndAnyDifferenceAnotherTag() {
        byte[] report = "figures".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(EntityTags.of("PDF", java.util.Locale.ENGLISH, report))
                .isEqualTo(EntityTags.of("PDF", java.util.Locale.ENGLISH, report.clone()))
                .isNotEqualTo(EntityTags.of("PDF", java.util.Locale.ENGLISH, "figureS".getBytes()))
                .isNotEqualTo(EntityTags.of("CSV", java.util.Locale.ENGLISH, report))
                .hasSize(32);
    }
}
