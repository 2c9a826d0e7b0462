package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.ExportView;
import fi.kuntakokeilu.evaluation.PanelBuildView;
import fi.kuntakokeilu.evaluation.control.ExportStore;
import fi.kuntakokeilu.evaluation.control.PanelBuildStore;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * Audit records of work that runs outside one transaction (panel builds, starting exports): each
 * written in a transaction of its own once the work is under way, with the result read back.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class EvaluationAudit {

    @Inject
    AuditTrail audit;

    @Inject
    PanelBuildStore builds;

    @Inject
    ExportStore exports;

    @Inject
    fi.kuntakokeilu.evaluation.control.SnapshotStore snapshots;

    public PanelBuildView build(Caller caller, long id) {
        audit.record(caller, AuditAction.UPDATE, "evaluation-panel", String.valueOf(id), "panel build");
        return builds.find(id).orElseThrow();
    }

    public java.util.Optional<fi.kuntakokeilu.evaluation.control.SourceVersion> snapshotSources(long id) {
        return snapshots.find(id).map(fi.kuntakokeilu.evaluation.control.SnapshotStore.Snapshot::sources);
    }

    public boolean snapshotExists(long id) {
        return snapshots.find(id).isPresent();
    }

    public ExportView export(Caller caller, long id, String purpose) {
        audit.record(caller, AuditAction.EXPORT, EvaluationFacade.SUBJECT, String.valueOf(id), purpose);
        return exports.find(id).orElseThrow();
    }
}
