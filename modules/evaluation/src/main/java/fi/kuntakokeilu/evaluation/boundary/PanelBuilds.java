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
 * Runs panel builds: full (every configured month end, on demand and at first start) or of one
 * month (incremental, nightly before the export). Call with no transaction active: each step
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

    private OptionalLong run(String kind, YearMonth first, YearMonth last, SourceVersion asOf, String requestedBy) {
        var claimed = steps.claim(kind, first, last, requestedBy);
        if (claimed.isEmpty()) {
            LOG.info("Another panel build is running: " + kind + " build not started");
            return OptionalLong.empty();
        }
        long id = claimed.get();
        Instant begin = clock.instant();
        try {
            SourceVersion version = steps.stage(asOf);
            long rows = 0;
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                rows += steps.month(id, month, version);
            }
            if ("FULL".equals(kind)) {
                steps.removeOutside(first, last);
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
