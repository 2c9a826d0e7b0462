package fi.kuntakokeilu.evaluation.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;

/**
 * A build's workers: every step is done once, the build goes on only when every step begun has
 * ended, and a step is done again only when the database rolled it back as a deadlock's victim.
 */
class PanelBuildsTest {

    @Test
    void aBuildWaitsForTheStepAnotherWorkerIsStillDoing() throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        CountDownLatch otherBegun = new CountDownLatch(1);
        AtomicBoolean otherDone = new AtomicBoolean();
        List<ToLongFunction<Object>> steps = List.of(
                worker -> {
                    await(otherBegun);
                    return 1;
                },
                worker -> {
                    otherBegun.countDown();
                    sleep(300);
                    otherDone.set(true);
                    return 10;
                });
        try {
            long total = PanelBuilds.together(executor, 2, steps, Object::new, worker -> {});

            assertThat(otherDone)
                    .as("the other worker's step ended before the build went on")
                    .isTrue();
            assertThat(total).isEqualTo(11);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void stepsAnExecutorNeverBeginsAreDoneByTheCallingThread() {
        ExecutorService never = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        never.submit(() -> await(release));
        List<ToLongFunction<Object>> steps = List.of(worker -> 1, worker -> 2, worker -> 4);
        try {
            assertThat(PanelBuilds.together(never, 2, steps, Object::new, worker -> {}))
                    .isEqualTo(7);
        } finally {
            release.countDown();
            never.shutdownNow();
        }
    }

    @Test
    void afterAFailureNoFurtherStepIsBegunAndTheFailureIsThrown() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        AtomicInteger begun = new AtomicInteger();
        List<ToLongFunction<Object>> steps = List.of(
                worker -> {
                    begun.incrementAndGet();
                    throw new IllegalStateException("month 2020-03");
                },
                worker -> begun.incrementAndGet(),
                worker -> begun.incrementAndGet());
        try {
            assertThatThrownBy(() -> PanelBuilds.together(executor, 1, steps, Object::new, worker -> {}))
                    .hasMessage("month 2020-03");
            assertThat(begun).hasValue(1);
        } finally {
            executor.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aDeadlockIsRecognisedHoweverDeepTheDriversExceptionLies() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        RuntimeException wrapped =
                new IllegalStateException("build month 2024-12", new PersistenceException("insert", deadlock));

        assertThat(PanelBuilds.deadlock(wrapped)).isTrue();
    }

    @Test
    void otherFailuresAreNotDoneAgain() {
        SQLException lockWaitTimeout = new SQLException("Lock wait timeout exceeded", "HY000", 1205);
        SQLException duplicate = new SQLException("Duplicate entry", "23000", 1062);

        assertThat(PanelBuilds.deadlock(new IllegalStateException(lockWaitTimeout)))
                .isFalse();
        assertThat(PanelBuilds.deadlock(new IllegalStateException(duplicate))).isFalse();
        assertThat(PanelBuilds.deadlock(new IllegalStateException("no database at all")))
                .isFalse();
    }
}
