package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.ExportView;
import fi.kuntakokeilu.evaluation.control.ExportStore;
import fi.kuntakokeilu.evaluation.control.SnapshotStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/** The steps of starting an export, each in a transaction of its own. */
@ApplicationScoped
public class ExportSteps {

    @Inject
    ExportStore exports;

    @Inject
    SnapshotStore snapshots;

    @Inject
    Clock clock;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Long> claim(LocalDate night, String project, String keyId, String directory, String actor) {
        return exports.claim(night, project, keyId, directory, actor, clock.instant());
    }

    /** Takes a snapshot of the panel and gives it to the export; false (export failed) when none can be taken. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean snapshot(long exportId, String actor) {
        var snapshot = snapshots.create(clock.instant());
        if (snapshot.isEmpty()) {
            exports.finish(
                    exportId,
                    "FAILED",
                    "no consistent snapshot: the panel is empty or its months were built from different data versions;"
                            + " rebuild the whole panel",
                    actor,
                    clock.instant());
            return false;
        }
        exports.attach(exportId, snapshot.get(), clock.instant());
        return true;
    }

    /** Gives the export an earlier snapshot; false (export failed) when there is no such snapshot. */
    @Transactional(TxType.REQUIRES_NEW)
    public boolean attach(long exportId, long snapshotId, String actor) {
        var snapshot = snapshots.find(snapshotId);
        if (snapshot.isEmpty()) {
            exports.finish(exportId, "FAILED", "no snapshot " + snapshotId, actor, clock.instant());
            return false;
        }
        exports.attach(exportId, snapshot.get(), clock.instant());
        return true;
    }

    /** Records why an export was asked for in its delivery log. */
    @Transactional(TxType.REQUIRES_NEW)
    public void note(long exportId, String purpose, String actor) {
        if (purpose != null && !purpose.isBlank()) {
            exports.log(exportId, actor, "PURPOSE", null, purpose, clock.instant());
        }
    }

    @Transactional(TxType.REQUIRES_NEW)
    public boolean reopen(long exportId, String actor) {
        return exports.reopen(exportId, actor, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void fail(long exportId, String failure, String actor) {
        exports.finish(exportId, "FAILED", failure, actor, clock.instant());
    }

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<ExportView> find(long exportId) {
        return exports.find(exportId);
    }
}
