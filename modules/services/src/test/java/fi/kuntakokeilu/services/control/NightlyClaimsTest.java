package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The nightly obligation review on a cluster: every instance's timer fires, one instance reviews
 * (services package-info, {@code ObligationSweep}).
 */
class NightlyClaimsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("services");

    private static final Instant AT = Instant.parse("2024-10-15T00:10:00Z");

    /**
     * One instance's sweep: claims the night in its own transaction, then (only if it claimed) does
     * the work, as {@code ObligationSweep} does. The claim's transaction stays open until both have
     * tried, so the two claims really overlap.
     */
    private Callable<Boolean> sweep(String instance, LocalDate night, CountDownLatch bothTried, AtomicInteger work) {
        return () -> {
            boolean claimed = db.inTransaction(em -> {
                boolean mine = new NightlyClaims(em).claim(NightlyClaims.OBLIGATION_REVIEW, night, instance, AT);
                bothTried.countDown();
                try {
                    bothTried.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return mine;
            });
            if (claimed) {
                work.incrementAndGet();
            }
            return claimed;
        };
    }

    private List<Boolean> concurrently(LocalDate night, AtomicInteger work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch bothTried = new CountDownLatch(2);
            List<Future<Boolean>> sweeps = pool.invokeAll(
                    List.of(sweep("node-a", night, bothTried, work), sweep("node-b", night, bothTried, work)),
                    60,
                    TimeUnit.SECONDS);
            return List.of(sweeps.get(0).get(), sweeps.get(1).get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofTwoConcurrentSweepsOneDoesTheWorkOnce() throws Exception {
        AtomicInteger work = new AtomicInteger();

        List<Boolean> claims = concurrently(LocalDate.of(2024, 10, 15), work);

        assertThat(claims).containsExactlyInAnyOrder(true, false);
        assertThat(work).hasValue(1);
        assertThat(db.count("select count(*) from svc_job_lock where name = 'obligation-review'"
                        + " and last_run_on = '2024-10-15' and claimed_by in ('node-a', 'node-b')"))
                .isEqualTo(1);
    }

    @Test
    void aSweepStartingLaterTheSameNightSkipsAndTheNextNightIsClaimedAgain() throws Exception {
        AtomicInteger work = new AtomicInteger();
        LocalDate night = LocalDate.of(2024, 11, 1);

        boolean first = db.inTransaction(
                em -> new NightlyClaims(em).claim(NightlyClaims.OBLIGATION_REVIEW, night, "node-a", AT));
        boolean late = db.inTransaction(
                em -> new NightlyClaims(em).claim(NightlyClaims.OBLIGATION_REVIEW, night, "node-b", AT));
        List<Boolean> nextNight = concurrently(night.plusDays(1), work);

        assertThat(first).isTrue();
        assertThat(late).isFalse();
        assertThat(nextNight).containsExactlyInAnyOrder(true, false);
        assertThat(work).hasValue(1);
    }
}
