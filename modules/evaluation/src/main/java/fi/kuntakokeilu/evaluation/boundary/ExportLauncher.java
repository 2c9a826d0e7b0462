package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.EvaluationConfiguration;
import fi.kuntakokeilu.evaluation.control.PseudonymKey;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts exports, nightly and on demand. Call with no transaction active: the claim, the panel
 * build and the snapshot each commit before the batch job starts on its own thread.
 *
 * <p>Nightly: claim the night's export (one per night across a cluster), bring the panel up to
 * date ({@link PanelBuilds#changes}: the changed people's rows in every month, so every month has
 * the same data version and the snapshot is consistent), take a snapshot, start the job. On demand: the same without the rebuild, on the panel as it stands.
 */
@ApplicationScoped
public class ExportLauncher {

    static final String JOB = "evaluation-export";

    private static final Logger LOG = Logger.getLogger(ExportLauncher.class.getName());

    @Inject
    ExportSteps steps;

    @Inject
    PanelBuilds builds;

    @Inject
    EvaluationConfiguration configuration;

    /** The night's export; empty when another instance has claimed it or no key is configured. */
    public OptionalLong nightly(LocalDate night, String actor) {
        Optional<PseudonymKey> key = configuration.currentKey();
        if (key.isEmpty()) {
            LOG.warning("No pseudonymisation key configured (evaluation.export.key-id): no nightly export");
            return OptionalLong.empty();
        }
        var claimed = steps.claim(
                night,
                configuration.project(),
                key.get().id(),
                configuration.exportDirectory().toString(),
                actor);
        if (claimed.isEmpty()) {
            LOG.info(() -> "The export of " + night + " is another instance's, or one is running");
            return OptionalLong.empty();
        }
        long id = claimed.get();
        try {
            if (builds.changes(actor).isEmpty()) {
                steps.fail(id, "a panel build was already running", actor);
                return OptionalLong.of(id);
            }
        } catch (RuntimeException e) {
            steps.fail(id, "panel build failed: " + e.getMessage(), actor);
            return OptionalLong.of(id);
        }
        return prepareAndStart(id, actor);
    }

    /**
     * An export on demand, of the panel as it stands (snapshot null: a new snapshot) or of an earlier
     * snapshot; empty when another export is running.
     */
    public OptionalLong onDemand(String keyId, Long snapshotId, String purpose, String actor) {
        var claimed = steps.claim(
                null,
                configuration.project(),
                keyId,
                configuration.exportDirectory().toString(),
                actor);
        if (claimed.isEmpty()) {
            return OptionalLong.empty();
        }
        long id = claimed.get();
        steps.note(id, purpose, actor);
        if (snapshotId == null) {
            return prepareAndStart(id, actor);
        }
        if (steps.attach(id, snapshotId, actor)) {
            start(id, actor);
        }
        return OptionalLong.of(id);
    }

    /** Starts a failed or interrupted export again; it resumes after its checkpoint. */
    public boolean restart(long exportId, String actor) {
        if (!steps.reopen(exportId, actor)) {
            return false;
        }
        start(exportId, actor);
        return true;
    }

    private OptionalLong prepareAndStart(long id, String actor) {
        if (steps.snapshot(id, actor)) {
            start(id, actor);
        }
        return OptionalLong.of(id);
    }

    private void start(long id, String actor) {
        try {
            Properties parameters = new Properties();
            parameters.setProperty("exportId", Long.toString(id));
            long execution = BatchRuntime.getJobOperator().start(JOB, parameters);
            LOG.info(() -> "Export " + id + " started as job execution " + execution);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Export " + id + " could not start", e);
            steps.fail(id, "the batch job could not start: " + e.getMessage(), actor);
        }
    }
}
