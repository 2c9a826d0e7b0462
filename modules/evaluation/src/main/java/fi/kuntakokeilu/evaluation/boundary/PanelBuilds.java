package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.EvaluationConfiguration;
import fi.kuntakokeilu.evaluation.control.SourceVersion;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs panel builds: full (every configured month end, on demand and at first start), of one
 * month, or nightly (before the export): only the rows of the people whose sources changed since
 * their rows were built, in every month, plus any month not yet built by the current rules; a full
 * build when the panel is empty or the trial-area memberships changed (docs/exports.md, "Nightly
 * build"). Call with no transaction active: each step
 * commits on its own ({@link PanelSteps}). One build at a time across a cluster: a build claims
 * the panel under the {@code panel} lock row.
 */
@ApplicationScoped
public class PanelBuilds {

    private static final Logger LOG = Logger.getLogger(PanelBuilds.class.getName());

    @Inject
    PanelSteps steps;

    @Inject
    DesignSteps designs;

    @Inject
    EvaluationConfiguration configuration;

    @Inject
    Clock clock;

    @Inject
    Instance<PanelWorkerSteps> workerSteps;

    @Resource
    ManagedExecutorService executor;

    /** Builds every configured month; empty when another build holds the panel. */
    public OptionalLong rebuild(String requestedBy) {
        return run("FULL", configuration.firstMonth(), configuration.lastMonth(), null, requestedBy);
    }

    /** Rebuilds every configured month as the sources stood at a version (an as-of rebuild). */
    public OptionalLong rebuildAsOf(SourceVersion version, String requestedBy) {
        return run("FULL", configuration.firstMonth(), configuration.lastMonth(), version, requestedBy);
    }

    /** Builds one month end; empty when another build holds the panel. */
    public OptionalLong month(YearMonth month, String requestedBy) {
        return run("MONTH", month, month, null, requestedBy);
    }

    /**
     * The nightly build: every configured month ends up built from the current sources (so a
     * snapshot is consistent), but only the changed people's rows are written again. Empty when
     * another build holds the panel.
     */
    public OptionalLong changes(String requestedBy) {
        YearMonth first = configuration.firstMonth();
        YearMonth last = configuration.lastMonth();
        if (steps.panelIsEmpty()) {
            return rebuild(requestedBy);
        }
        var claimed = steps.claim("NIGHTLY", first, last, requestedBy);
        if (claimed.isEmpty()) {
            LOG.info("Another panel build is running: nightly build not started");
            return OptionalLong.empty();
        }
        long id = claimed.get();
        Instant begin = clock.instant();
        try {
            PanelSteps.Staged staged = stage(null, true);
            SourceVersion version = staged.version();
            long changed = staged.referenceChanged() ? -1 : steps.markChanged();
            Set<YearMonth> wholeMonths = new HashSet<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                if (staged.referenceChanged() || !steps.canTakeChanges(month)) {
                    wholeMonths.add(month);
                }
            }
            long rows = eachMonth(
                    first,
                    last,
                    (work, month) -> wholeMonths.contains(month)
                            ? work.month(id, month, version)
                            : work.changedRows(id, month, version));
            steps.removeOutside(first, last);
            // Only the changed people's rows are new unless some month was built whole.
            long assigned = wholeMonths.isEmpty() ? designs.assign(null, null, true) : designs.assignAll();
            if (staged.referenceChanged()) {
                steps.allBuilt();
            } else {
                steps.changedBuilt();
            }
            steps.finish(id, "COMPLETED", null);
            long total = rows;
            int built = wholeMonths.size();
            LOG.info(() -> "Nightly panel build " + id + " (" + first + ".." + last + ", " + version + "): "
                    + (changed < 0
                            ? "trial areas changed, every month built"
                            : changed + " people changed, " + built + " months built whole")
                    + ", " + total + " rows written, " + assigned + " customers newly assigned to designs, in "
                    + Duration.between(begin, clock.instant()).toMillis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Panel build " + id + " failed", e);
            steps.finish(id, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
        return OptionalLong.of(id);
    }

    private OptionalLong run(String kind, YearMonth first, YearMonth last, SourceVersion asOf, String requestedBy) {
        var claimed = steps.claim(kind, first, last, requestedBy);
        if (claimed.isEmpty()) {
            LOG.info("Another panel build is running: " + kind + " build not started");
            return OptionalLong.empty();
        }
        long id = claimed.get();
        Instant begin = clock.instant();
        try {
            SourceVersion version = stage(asOf, "FULL".equals(kind)).version();
            long staging = Duration.between(begin, clock.instant()).toMillis();
            long rows = eachMonth(first, last, (work, month) -> work.month(id, month, version));
            if ("FULL".equals(kind)) {
                steps.removeOutside(first, last);
                steps.allBuilt();
            }
            long assigned = "FULL".equals(kind) ? designs.assignAll() : designs.assign(first, last, false);
            steps.finish(id, "COMPLETED", null);
            long total = rows;
            LOG.info(() -> "Panel build " + id + " (" + kind + " " + first + ".." + last + ", " + version + "): "
                    + total + " rows, " + assigned + " customers newly assigned to designs, in "
                    + Duration.between(begin, clock.instant()).toMillis() + " ms (staging " + staging + " ms)");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Panel build " + id + " failed", e);
            steps.finish(id, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
        return OptionalLong.of(id);
    }

    /** What a build does to one month, in that month's own transaction; returns the rows written. */
    @FunctionalInterface
    interface MonthWork {
        long apply(PanelWorkerSteps steps, YearMonth month);
    }

    /**
     * Stages the sources: empties the staged tables, copies the reference data, then stages the
     * situations and custody beside the services (two workers, when configured), indexes the staged
     * appointments, then the first appointments and, for a build that records what every person's
     * rows are built from (full and nightly, not one month), every person's source digest.
     */
    private PanelSteps.Staged stage(SourceVersion asOf, boolean withDigests) {
        steps.emptyStaging();
        PanelSteps.Staged staged = steps.reference(asOf);
        SourceVersion version = staged.version();
        together(List.of(work -> work.histories(version), work -> work.services(version)));
        steps.indexStaging();
        steps.endStaging(version, withDigests);
        return staged;
    }

    /** Does the work of every month from first to last ({@link #together}, the months in order). */
    long eachMonth(YearMonth first, YearMonth last, MonthWork work) {
        List<ToLongFunction<PanelWorkerSteps>> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            YearMonth m = month;
            months.add(steps -> work.apply(steps, m));
        }
        return together(months);
    }

    /**
     * Does the steps, {@code evaluation.panel.workers} at once, each in a transaction of its own:
     * the calling thread takes them from the first on, the other workers (on the managed executor)
     * from the last back, each one step after the other. For months that keeps the months written at
     * the same moment far apart in the panel's key until the workers meet. A worker the executor has
     * not begun by the time the steps are all taken is cancelled. After a failure no further step is
     * begun; returns the sum of the steps' results when every step begun has ended, and the first
     * failure, if any, is thrown then.
     */
    long together(List<ToLongFunction<PanelWorkerSteps>> work) {
        return together(executor, configuration.panelWorkers(), work, workerSteps::get, workerSteps::destroy);
    }

    /**
     * {@link #together(List)} with its parts named: the executor the other workers run on, how many
     * workers, the steps, and how a worker gets and gives back the object its steps run on.
     */
    static <S> long together(
            ExecutorService executor,
            int workers,
            List<ToLongFunction<S>> work,
            Supplier<S> create,
            Consumer<S> destroy) {
        Deque<ToLongFunction<S>> left = new ConcurrentLinkedDeque<>(work);
        List<AtomicBoolean> begun = new ArrayList<>();
        List<Future<Long>> others = new ArrayList<>();
        for (int i = 1; i < workers && i < left.size(); i++) {
            AtomicBoolean once = new AtomicBoolean();
            begun.add(once);
            others.add(executor.submit(
                    () -> once.compareAndSet(false, true) ? worker(left::pollLast, left, create, destroy) : 0L));
        }
        long total = 0;
        RuntimeException failure = null;
        try {
            total += worker(left::pollFirst, left, create, destroy);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (int i = 0; i < others.size(); i++) {
            // A worker the executor has not begun is kept from beginning; one that has is waited for
            // (a running task's future cannot tell: cancelling it succeeds and waits for nothing).
            if (begun.get(i).compareAndSet(false, true)) {
                others.get(i).cancel(false);
                continue;
            }
            try {
                total += others.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failure = first(failure, new IllegalStateException("interrupted while the panel was built"));
            } catch (ExecutionException e) {
                failure = first(
                        failure,
                        e.getCause() instanceof RuntimeException r
                                ? r
                                : new IllegalStateException("a panel build step failed", e.getCause()));
            }
        }
        if (failure != null) {
            throw failure;
        }
        return total;
    }

    private static RuntimeException first(RuntimeException failure, RuntimeException another) {
        if (failure == null) {
            return another;
        }
        failure.addSuppressed(another);
        return failure;
    }

    /**
     * One worker: steps taken one after the other until none is left, on an object of its own; a
     * failure leaves no step for the others to begin.
     */
    private static <S> long worker(
            Supplier<ToLongFunction<S>> next, Deque<?> left, Supplier<S> create, Consumer<S> destroy) {
        S instance = create.get();
        try {
            long total = 0;
            for (var step = next.get(); step != null; step = next.get()) {
                total += withRetry(instance, step);
            }
            return total;
        } catch (RuntimeException e) {
            left.clear();
            throw e;
        } finally {
            destroy.accept(instance);
        }
    }

    /**
     * One step, done again when the database chose its transaction as a deadlock's victim (two
     * workers write adjacent months only where they meet, at the end of a build; the step's
     * transaction was rolled back whole, and a step replaces what it writes, so doing it again is
     * safe).
     */
    private static <S> long withRetry(S steps, ToLongFunction<S> step) {
        for (int attempt = 1; ; attempt++) {
            try {
                return step.applyAsLong(steps);
            } catch (RuntimeException e) {
                if (attempt >= 3 || !deadlock(e)) {
                    throw e;
                }
                LOG.warning("A panel build step met a deadlock; doing it again");
            }
        }
    }

    /** Whether a failure was a deadlock the database resolved by rolling the transaction back. */
    static boolean deadlock(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }
}
