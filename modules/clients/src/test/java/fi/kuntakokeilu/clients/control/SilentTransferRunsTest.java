package fi.kuntakokeilu.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Which bulk transfer runs another instance takes over: those that should be going (STARTING,
 * RUNNING, or INTERRUPTED and not yet taken up again) but whose heartbeat is older than the timeout,
 * each claimed once, however many instances look at the same moment (docs/operations.md, "Singleton
 * work").
 */
class SilentTransferRunsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("clients");

    private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final Instant CUTOFF = NOW.minus(TIMEOUT);
    private static final LocalDate DAY = LocalDate.of(2021, 3, 1);
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, Set.of(), null, Locale.ENGLISH);

    @BeforeEach
    void noRuns() {
        db.execute("delete from cli_transfer_run_count", "delete from cli_transfer_run");
    }

    private long run(Instant requested) {
        return db.inTransaction(em -> new JdbcTransferRunStore(em).create(DAY, null, false, ADMIN, requested));
    }

    private long running(Instant lastBeat) {
        long id = run(lastBeat.minusSeconds(60));
        db.run(em -> new JdbcTransferRunStore(em).markRunning(id, 100, lastBeat));
        return id;
    }

    private boolean claim(long id) {
        return db.inTransaction(em -> new JdbcTransferRunStore(em).interruptIfSilent(id, CUTOFF, "silent", NOW));
    }

    private boolean restartAsSeen(long id, TransferRunStatus seen, Instant seenHeartbeat) {
        return db.inTransaction(
                em -> new JdbcTransferRunStore(em).interruptIfUnchanged(id, seen, seenHeartbeat, "restart", NOW));
    }

    private java.util.List<Long> silent() {
        return db.inTransaction(em -> new JdbcTransferRunStore(em).silentSince(CUTOFF));
    }

    private TransferRunStatus status(long id) {
        return db.inTransaction(
                em -> new JdbcTransferRunStore(em).find(id).orElseThrow().status());
    }

    @Test
    void aRunningRunSilentLongerThanTheTimeoutIsFoundAndOneThatBeatRecentlyIsNot() {
        long silent = running(NOW.minus(TIMEOUT).minusSeconds(1));
        long alive = running(NOW.minusSeconds(30));

        assertThat(silent()).containsExactly(silent).doesNotContain(alive);
    }

    @Test
    void aRunThatNeverStartedCountsFromItsRequestAndAFinishedRunNeverCounts() {
        long neverStarted = run(NOW.minus(Duration.ofHours(1)));
        long finished = running(NOW.minus(Duration.ofHours(2)));
        db.run(em -> new JdbcTransferRunStore(em)
                .finish(finished, TransferRunStatus.COMPLETED, null, NOW.minus(Duration.ofHours(1))));

        assertThat(silent()).containsExactly(neverStarted);
    }

    @Test
    void aSilentRunIsClaimedOnceAndThenIsInterruptedForARestart() {
        long silent = running(NOW.minus(Duration.ofMinutes(10)));

        assertThat(claim(silent)).isTrue();
        assertThat(claim(silent)).as("a second instance finds it taken").isFalse();
        assertThat(status(silent)).isEqualTo(TransferRunStatus.INTERRUPTED);
    }

    @Test
    void aRunThatBeatAgainBeforeTheClaimIsLeftToItsServer() {
        long slow = running(NOW.minus(Duration.ofMinutes(10)));
        db.run(em -> new JdbcTransferRunStore(em).advance(slow, 10, 1000, NOW.minusSeconds(1)));

        assertThat(claim(slow)).isFalse();
        assertThat(status(slow)).isEqualTo(TransferRunStatus.RUNNING);
    }

    @Test
    void aClaimedRunWhoseRestartNeverGotGoingIsFoundAgainAfterTheTimeout() {
        long claimed = running(NOW.minus(Duration.ofMinutes(20)));
        Instant claimedAt = NOW.minus(Duration.ofMinutes(10));
        db.run(em ->
                new JdbcTransferRunStore(em).interruptIfSilent(claimed, claimedAt.minus(TIMEOUT), "silent", claimedAt));

        assertThat(status(claimed)).isEqualTo(TransferRunStatus.INTERRUPTED);
        assertThat(silent()).containsExactly(claimed);
        assertThat(claim(claimed)).isTrue();
    }

    @Test
    void aRunInterruptedJustNowByTheDatabaseGoingAwayWaitsForTheTimeout() {
        long interrupted = running(NOW.minus(Duration.ofMinutes(1)));
        db.run(em -> new JdbcTransferRunStore(em)
                .finish(interrupted, TransferRunStatus.INTERRUPTED, "INTERRUPTED connection lost", NOW));

        assertThat(silent()).isEmpty();
        assertThat(claim(interrupted)).isFalse();
    }

    @Test
    void aFailedRunIsNeverTakenOverItWaitsForAPerson() {
        long failed = running(NOW.minus(Duration.ofHours(2)));
        db.run(em -> new JdbcTransferRunStore(em)
                .finish(failed, TransferRunStatus.FAILED, "FAILED bad data", NOW.minus(Duration.ofHours(1))));

        assertThat(silent()).isEmpty();
        assertThat(claim(failed)).isFalse();
    }

    @Test
    void anAdministratorsRestartLosesToAWatchdogThatClaimedTheRunSinceTheAdministratorLooked() {
        long silent = running(NOW.minus(Duration.ofMinutes(10)));
        Instant seen = db.inTransaction(
                em -> new JdbcTransferRunStore(em).heartbeat(silent).orElseThrow());

        assertThat(claim(silent)).as("the watchdog").isTrue();
        assertThat(restartAsSeen(silent, TransferRunStatus.RUNNING, seen))
                .as("the administrator, with what they saw")
                .isFalse();
    }

    @Test
    void anAdministratorsRestartOfARunAsTheySawItClaimsIt() {
        long failed = running(NOW.minus(Duration.ofMinutes(10)));
        db.run(em -> new JdbcTransferRunStore(em)
                .finish(failed, TransferRunStatus.FAILED, "FAILED bad data", NOW.minusSeconds(5)));
        Instant seen = db.inTransaction(
                em -> new JdbcTransferRunStore(em).heartbeat(failed).orElseThrow());

        assertThat(restartAsSeen(failed, TransferRunStatus.FAILED, seen)).isTrue();
        assertThat(status(failed)).isEqualTo(TransferRunStatus.INTERRUPTED);
    }

    @Test
    void instancesClaimingTheSameRunAtOnceGetItExactlyOnce() throws Exception {
        long silent = running(NOW.minus(Duration.ofMinutes(10)));
        ExecutorService instances = Executors.newFixedThreadPool(4);
        try {
            Callable<Boolean> claimIt = () -> claim(silent);
            var claims = instances.invokeAll(java.util.Collections.nCopies(4, claimIt));
            long won = 0;
            for (Future<Boolean> claim : claims) {
                won += claim.get() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        } finally {
            instances.shutdown();
        }
    }
}
