package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.EvaluationConfiguration;
import fi.kuntakokeilu.evaluation.control.SourceVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.OptionalLong;
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
            PanelSteps.Staged staged = steps.stageWithChanges(null);
            SourceVersion version = staged.version();
            long changed = staged.referenceChanged() ? -1 : steps.markChanged();
            long rows = 0;
            int whole = 0;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                if (staged.referenceChanged() || !steps.canTakeChanges(month)) {
                    rows += steps.month(id, month, version);
                    whole++;
                } else {
                    rows += steps.changedRows(id, month, version);
                }
            }
            steps.removeOutside(first, last);
            if (staged.referenceChanged()) {
                steps.allBuilt();
            } else {
                steps.changedBuilt();
            }
            long assigned = designs.assignAll();
            steps.finish(id, "COMPLETED", null);
            long total = rows;
            int built = whole;
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
            SourceVersion version = steps.stageWithChanges(asOf).version();
            long rows = 0;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                rows += steps.month(id, month, version);
            }
            if ("FULL".equals(kind)) {
                steps.removeOutside(first, last);
                steps.allBuilt();
            }
            long assigned = designs.assignAll();
            steps.finish(id, "COMPLETED", null);
            long total = rows;
            LOG.info(() -> "Panel build " + id + " (" + kind + " " + first + ".." + last + ", " + version + "): "
                    + total + " rows, " + assigned + " customers newly assigned to designs, in "
                    + Duration.between(begin, clock.instant()).toMillis() + " ms");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Panel build " + id + " failed", e);
            steps.finish(id, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
        return OptionalLong.of(id);
    }
}
