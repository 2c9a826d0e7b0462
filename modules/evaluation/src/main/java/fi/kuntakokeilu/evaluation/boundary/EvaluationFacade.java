package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.DesignView;
import fi.kuntakokeilu.evaluation.EstimateRequest;
import fi.kuntakokeilu.evaluation.EstimateView;
import fi.kuntakokeilu.evaluation.Evaluation;
import fi.kuntakokeilu.evaluation.ExportManifest;
import fi.kuntakokeilu.evaluation.ExportRequest;
import fi.kuntakokeilu.evaluation.ExportView;
import fi.kuntakokeilu.evaluation.PanelBuildRequest;
import fi.kuntakokeilu.evaluation.PanelBuildView;
import fi.kuntakokeilu.evaluation.control.DesignStore;
import fi.kuntakokeilu.evaluation.control.Estimator;
import fi.kuntakokeilu.evaluation.control.EvaluationConfiguration;
import fi.kuntakokeilu.evaluation.control.ExportRun;
import fi.kuntakokeilu.evaluation.control.ExportStore;
import fi.kuntakokeilu.evaluation.control.PanelBuildStore;
import fi.kuntakokeilu.evaluation.control.PanelExport;
import fi.kuntakokeilu.evaluation.control.PseudonymKey;
import fi.kuntakokeilu.evaluation.control.SnapshotStore;
import fi.kuntakokeilu.evaluation.control.SourceVersion;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import jakarta.validation.executable.ValidateOnExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

/**
 * The evaluation facade. Evaluators and administrators only; designs, builds and exports carry no
 * person. Building the panel reads every job seeker's situation and starting or downloading an
 * export hands out pseudonymised personal data: each is audited (EXPORT for the export and every
 * file taken, besides the export's own delivery log).
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
@Allow({Role.EVALUATOR, Role.ADMIN})
public class EvaluationFacade implements Evaluation {

    static final String EXPORT = "evaluation.export";
    static final String SUBJECT = "evaluation-export";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    EvaluationAudit audits;

    @Inject
    DesignStore designs;

    @Inject
    Estimator estimator;

    @Inject
    PanelBuildStore builds;

    @Inject
    PanelBuilds panelBuilds;

    @Inject
    ExportStore exports;

    @Inject
    SnapshotStore snapshots;

    @Inject
    ExportLauncher launcher;

    @Inject
    EvaluationConfiguration configuration;

    @Inject
    Clock clock;

    @Override
    public List<DesignView> designs() {
        return designs.designs();
    }

    /** Aggregates of municipality-months, like the reporting module's figures: not audited. */
    @Override
    public EstimateView estimate(EstimateRequest request) {
        return estimator.estimate(request);
    }

    @Override
    @Allow(Role.ADMIN)
    public List<PanelBuildView> panelBuilds() {
        return builds.latest(20);
    }

    @Override
    @Allow(Role.ADMIN)
    @Transactional(TxType.NOT_SUPPORTED)
    public PanelBuildView buildPanel(PanelBuildRequest request) {
        Caller caller = currentUser.require();
        var id =
                switch (request.scope()) {
                    case FULL -> panelBuilds.rebuild(caller.username());
                    case MONTH -> {
                        if (request.month() == null) {
                            throw InvalidInputException.of("month", "evaluation.month.format");
                        }
                        yield panelBuilds.month(YearMonth.parse(request.month()), caller.username());
                    }
                    case AS_OF_SNAPSHOT -> {
                        var version = request.snapshotId() == null
                                ? java.util.Optional.<SourceVersion>empty()
                                : audits.snapshotSources(request.snapshotId());
                        if (version.isEmpty()) {
                            throw InvalidInputException.of("snapshotId", "evaluation.snapshot.unknown");
                        }
                        yield panelBuilds.rebuildAsOf(version.get(), caller.username());
                    }
                };
        if (id.isEmpty()) {
            throw new ConflictException("panel-build-running", "evaluation.panel.running");
        }
        return audits.build(caller, id.getAsLong());
    }

    @Override
    public List<ExportView> exports() {
        return exports.latest(50);
    }

    @Override
    public ExportView export(long id) {
        return exports.find(id).orElseThrow(() -> new ResourceNotFoundException(EXPORT, id));
    }

    @Override
    @Transactional(TxType.NOT_SUPPORTED)
    public ExportView startExport(ExportRequest request) {
        Caller caller = currentUser.require();
        Long snapshot = null;
        if (request.source() == ExportRequest.Source.SNAPSHOT) {
            if (request.snapshotId() == null || !snapshotExists(request.snapshotId())) {
                throw InvalidInputException.of("snapshotId", "evaluation.snapshot.unknown");
            }
            snapshot = request.snapshotId();
        }
        PseudonymKey key = configuration
                .currentKey()
                .orElseThrow(() -> new ConflictException("export-key-missing", "evaluation.export.noKey"));
        var id = launcher.onDemand(key.id(), snapshot, request.purpose(), caller.username());
        if (id.isEmpty()) {
            throw new ConflictException("export-running", "evaluation.export.running");
        }
        return audits.export(caller, id.getAsLong(), "export on demand");
    }

    @Override
    @Allow(Role.ADMIN)
    @Transactional(TxType.NOT_SUPPORTED)
    public ExportView restartExport(long id) {
        Caller caller = currentUser.require();
        if (!launcher.restart(id, caller.username())) {
            throw new ConflictException("export-not-restartable", "evaluation.export.notRestartable", id);
        }
        return audits.export(caller, id, "export restarted");
    }

    private boolean snapshotExists(long id) {
        return audits.snapshotExists(id);
    }

    @Override
    public ExportManifest manifest(long id) {
        ExportView export = export(id);
        if (export.snapshotId() == null) {
            throw new ResourceNotFoundException(EXPORT, id);
        }
        var snapshot = snapshots.find(export.snapshotId()).orElseThrow();
        return ExportRun.manifest(
                snapshot,
                export,
                export.files().stream()
                        .filter(f -> !f.name().equals(PanelExport.MANIFEST))
                        .toList());
    }

    @Override
    public ExportFileDownload download(long id, String name) {
        Caller caller = currentUser.require();
        ExportView export = export(id);
        ExportView.ExportFile file = export.files().stream()
                .filter(f -> f.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new ResourceNotFoundException(EXPORT, id + "/" + name));
        Path path = Path.of(exports.directory(id)).resolve(file.name());
        if (export.filesDeleted() || !Files.isRegularFile(path)) {
            throw new ResourceNotFoundException(EXPORT, id + "/" + name);
        }
        audit.record(caller, AuditAction.EXPORT, SUBJECT, String.valueOf(id), "download " + name);
        exports.log(id, caller.username(), "DOWNLOADED", name, null, clock.instant());
        String type = name.endsWith(".gz")
                ? "application/gzip"
                : name.endsWith(".json") ? "application/json" : "text/csv; charset=UTF-8";
        return new ExportFileDownload(name, type, file.bytes(), path);
    }
}
