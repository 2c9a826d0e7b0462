package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.AccessReport;
import fi.kuntakokeilu.clients.AccessReportRequest;
import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.BreakGlassRequest;
import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.ConsentRejection;
import fi.kuntakokeilu.clients.DiscretionaryTransferRequest;
import fi.kuntakokeilu.clients.ImportReport;
import fi.kuntakokeilu.clients.ImportRowError;
import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.JobSeekerSummary;
import fi.kuntakokeilu.clients.JobSeekerView;
import fi.kuntakokeilu.clients.KeepRequest;
import fi.kuntakokeilu.clients.NotificationRequest;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.PreviewItem;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.RetentionReport;
import fi.kuntakokeilu.clients.RetentionRunRequest;
import fi.kuntakokeilu.clients.SituationChangeRequest;
import fi.kuntakokeilu.clients.SituationView;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.clients.TransferRunRequest;
import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.clients.TransferRunView;
import fi.kuntakokeilu.clients.TransferView;
import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.Custody;
import fi.kuntakokeilu.clients.control.CustomerExtract;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger;
import fi.kuntakokeilu.clients.control.JdbcJobSeekerImport;
import fi.kuntakokeilu.clients.control.JdbcTransferRunStore;
import fi.kuntakokeilu.clients.control.JpaJobSeekerStore;
import fi.kuntakokeilu.clients.control.Registry;
import fi.kuntakokeilu.clients.control.Retention;
import fi.kuntakokeilu.clients.control.TransferContext;
import fi.kuntakokeilu.clients.control.TransferContexts;
import fi.kuntakokeilu.clients.control.Transfers;
import fi.kuntakokeilu.clients.entity.JobSeeker;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditEntry;
import fi.kuntakokeilu.platform.audit.AuditReview;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.problem.AccessDeniedException;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The clients API. The transaction boundary: each call is one transaction (an import, one per
 * chunk), and the audit row of every read or change of a job seeker is written in it. Roles are
 * checked by {@code @Allow} (evaluators may call nothing here: 403); which people a permitted caller
 * reaches is decided by the stores' scoped queries, and a person out of reach answers 404 like a
 * person who does not exist. Arguments are validated by the constraints on {@link Clients}.
 *
 * <p>Transfer runs: administrators may run any area or all; an area manager only their own area,
 * and must name it (a run over all areas moves other areas' customers too).
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
@Allow({Role.ADMIN, Role.AREA_MANAGER, Role.CASEWORKER, Role.OFFICE_STAFF})
public class ClientsFacade implements Clients {

    static final String JOB_SEEKER = "clients.jobSeeker";
    static final String SUBJECT = "job-seeker";

    private static final Logger LOG = Logger.getLogger(ClientsFacade.class.getName());

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    AuditReview review;

    @Inject
    JpaJobSeekerStore store;

    @Inject
    JdbcCustodyLedger ledger;

    @Inject
    Registry registry;

    @Inject
    Transfers transfers;

    @Inject
    TransferContexts contexts;

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    JdbcJobSeekerImport imports;

    @Inject
    ImportChunks importChunks;

    @Inject
    ImportRunner importRunner;

    @Inject
    ImportLauncher importLauncher;

    @Inject
    ClientsConfiguration configuration;

    @Inject
    Clock clock;

    @Inject
    TransferRunLauncher launcher;

    @Inject
    Retention retention;

    @Inject
    NightlyRetention nightlyRetention;

    // ---------------------------------------------------------------- target-group rules

    /** Reference data, not personal data: not audited. */
    @Override
    @Allow(Role.ADMIN)
    public List<fi.kuntakokeilu.clients.TargetGroupRuleView> targetGroupRules() {
        return store.targetGroupRules();
    }

    // ---------------------------------------------------------------- retention

    @Override
    @Allow(Role.ADMIN)
    public RetentionReport retentionPreview() {
        return retention.preview(
                LocalDate.now(clock), configuration.retainFormerCustomers(), configuration.retainImportErrors());
    }

    @Override
    @Allow(Role.ADMIN)
    public RetentionReport applyRetention(RetentionRunRequest request) {
        if (!request.day().equals(LocalDate.now(clock))) {
            throw InvalidInputException.of("day", "clients.retention.notToday");
        }
        return nightlyRetention.apply(currentUser.require());
    }

    // ---------------------------------------------------------------- registry

    @Override
    @Allow({Role.ADMIN, Role.OFFICE_STAFF})
    public JobSeekerView register(JobSeekerRequest request) {
        Caller caller = currentUser.require();
        JobSeeker person = registry.register(request, contexts.current(), caller.username());
        audit.record(caller, AuditAction.CREATE, SUBJECT, id(person), "register job seeker");
        return view(person);
    }

    @Override
    public JobSeekerView jobSeeker(long id) {
        Caller caller = currentUser.require();
        JobSeeker person = inScope(id, caller);
        audit.record(caller, AuditAction.READ, SUBJECT, id(person), "view job seeker");
        return view(person);
    }

    @Override
    @Allow(Role.AREA_MANAGER)
    public JobSeekerView openOutsideScope(long id, BreakGlassRequest request) {
        Caller caller = currentUser.require();
        JobSeeker person = store.find(id).orElseThrow(() -> new ResourceNotFoundException(JOB_SEEKER, id));
        review.breakGlass(caller, SUBJECT, id(person), request.reason());
        return view(person);
    }

    @Override
    @Allow(Role.ADMIN)
    public AccessReport accessReport(AccessReportRequest request) {
        Caller caller = currentUser.require();
        String code = request.personalIdentityCode().toUpperCase(Locale.ROOT);
        JobSeeker person = store.findByCode(code).orElseThrow(() -> new ResourceNotFoundException(JOB_SEEKER, "-"));
        List<AuditEntry> entries = review.history(SUBJECT, id(person));
        audit.record(caller, AuditAction.READ, SUBJECT, id(person), "access report (GDPR Art. 15)");
        return new AccessReport(
                person.id(), person.personalIdentityCode(), person.firstName(), person.lastName(), entries);
    }

    @Override
    @Allow(Role.AREA_MANAGER)
    public List<AuditEntry> recordViewers(long id) {
        Caller caller = currentUser.require();
        JobSeeker person = inScope(id, caller);
        List<AuditEntry> entries = new ArrayList<>(review.history(SUBJECT, id(person)));
        Collections.reverse(entries);
        audit.record(caller, AuditAction.READ, SUBJECT, id(person), "view who viewed the record");
        return List.copyOf(entries);
    }

    @Override
    public Page<JobSeekerSummary> search(String personalIdentityCode, String q, int page, int size) {
        if (personalIdentityCode != null && q != null) {
            throw InvalidInputException.of("q", "clients.search.oneOf");
        }
        Caller caller = currentUser.require();
        Page<JobSeekerSummary> found = store.search(caller, personalIdentityCode, q, page, size);
        audit.recordAll(
                caller,
                AuditAction.SEARCH,
                SUBJECT,
                found.items().stream().map(s -> String.valueOf(s.id())).toList(),
                "search job seekers");
        return found;
    }

    @Override
    public JobSeekerView changeSituation(long id, SituationChangeRequest request) {
        Caller caller = currentUser.require();
        JobSeeker person = inScope(id, caller);
        registry.changeSituation(person, request, contexts.current(), caller.username());
        audit.record(caller, AuditAction.UPDATE, SUBJECT, id(person), "record a change of situation");
        return view(person);
    }

    // ---------------------------------------------------------------- transfers

    @Override
    public List<TransferOrderView> pendingTransfers() {
        Caller caller = currentUser.require();
        List<TransferOrderView> worklist = ledger.worklist(caller);
        audit.recordAll(
                caller,
                AuditAction.SEARCH,
                SUBJECT,
                worklist.stream()
                        .map(o -> String.valueOf(o.jobSeekerId()))
                        .distinct()
                        .toList(),
                "pending transfers");
        return worklist;
    }

    @Override
    @Allow({Role.ADMIN, Role.OFFICE_STAFF})
    public TransferView carryOut(long orderId) {
        Caller caller = currentUser.require();
        TransferOrderView order = orderFromMyOffice(orderId, caller);
        TransferView transfer = transfers.carryOut(order, today(), caller.username());
        audit.record(
                caller, AuditAction.TRANSFER, SUBJECT, String.valueOf(order.jobSeekerId()), "carry out entry order");
        return transfer;
    }

    @Override
    @Allow({Role.ADMIN, Role.OFFICE_STAFF})
    public TransferOrderView keep(long orderId, KeepRequest request) {
        Caller caller = currentUser.require();
        TransferOrderView order = orderFromMyOffice(orderId, caller);
        TransferOrderView kept = transfers.keep(order, request, configuration.ruleSettings(), caller.username());
        audit.record(caller, AuditAction.UPDATE, SUBJECT, String.valueOf(order.jobSeekerId()), "keep at the office");
        return kept;
    }

    @Override
    public JobSeekerView transferOnDiscretion(long jobSeekerId, DiscretionaryTransferRequest request) {
        Caller caller = currentUser.require();
        JobSeeker person = inScope(jobSeekerId, caller);
        transfers.onDiscretion(person, request, contexts.current(), caller.username());
        audit.record(caller, AuditAction.TRANSFER, SUBJECT, id(person), "discretionary transfer");
        return view(person);
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public TransferView acceptConsent(long orderId) {
        Caller caller = currentUser.require();
        TransferOrderView order = consentToMyArea(orderId, caller);
        TransferView transfer = transfers.accept(order, caller.username());
        audit.record(
                caller, AuditAction.TRANSFER, SUBJECT, String.valueOf(order.jobSeekerId()), "consent to a transfer");
        return transfer;
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public TransferOrderView rejectConsent(long orderId, ConsentRejection rejection) {
        Caller caller = currentUser.require();
        TransferOrderView order = consentToMyArea(orderId, caller);
        TransferOrderView rejected = transfers.reject(order, rejection.explanation(), caller.username());
        audit.record(caller, AuditAction.UPDATE, SUBJECT, String.valueOf(order.jobSeekerId()), "refuse a transfer");
        return rejected;
    }

    @Override
    public TransferView markNotified(long transferId, NotificationRequest request) {
        Caller caller = currentUser.require();
        TransferView transfer = ledger.transfer(transferId)
                .filter(t -> serves(caller, t.from()) || serves(caller, t.to()))
                .orElseThrow(() -> new ResourceNotFoundException("clients.transfer", transferId));
        ledger.markNotified(transferId, request.recipient());
        audit.record(
                caller,
                AuditAction.UPDATE,
                SUBJECT,
                String.valueOf(transfer.jobSeekerId()),
                "notified of transfer: " + request.recipient());
        return ledger.transfer(transferId).orElseThrow();
    }

    // ---------------------------------------------------------------- runs

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    @Transactional(TxType.NOT_SUPPORTED)
    public TransferRunView startTransferRun(TransferRunRequest request) {
        Caller caller = currentUser.require();
        if (caller.role() == Role.AREA_MANAGER) {
            if (request.trialArea() == null) {
                throw InvalidInputException.of("trialArea", "clients.transferRun.areaRequired");
            }
            if (!caller.areaKeys().contains(request.trialArea())) {
                throw new AccessDeniedException();
            }
        }
        TransferContext context = contexts.current();
        if (request.trialArea() != null && !context.calendar().isKnown(request.trialArea())) {
            throw InvalidInputException.of("trialArea", "clients.trialArea.unknown", request.trialArea());
        }
        long id = launcher.create(request.effectiveDate(), request.trialArea(), request.dryRun(), caller);
        return launch(id);
    }

    /** Starts a run's job once its row is committed (the job reads it from another thread). */
    private TransferRunView launch(long id) {
        try {
            launcher.recordExecution(id, launcher.start(id));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Transfer run " + id + " could not start", e);
            launcher.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return launcher.find(id).orElseThrow();
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public TransferRunView transferRun(long id) {
        return runInScope(id, currentUser.require());
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    @Transactional(TxType.NOT_SUPPORTED)
    public TransferRunView restartTransferRun(long id) {
        TransferRunView run = inScope(launcher.find(id), id, currentUser.require());
        Instant heartbeat = launcher.heartbeat(id).orElseThrow();
        boolean silent = heartbeat.plus(configuration.runHeartbeatTimeout()).isBefore(clock.instant());
        // A failed run waits for a person; an unfinished one (interrupted included) is the
        // watchdog's until it has been silent past the timeout. The claim is conditional: of an
        // administrator and a watchdog taking the run at once, one gets it.
        boolean restartable =
                run.status() == TransferRunStatus.FAILED || (!run.status().isFinished() && silent);
        if (!restartable || !launcher.interruptIfUnchanged(id, run.status(), heartbeat, run.failure())) {
            throw new ConflictException("run-not-restartable", "clients.transferRun.notRestartable", id, run.status());
        }
        return launch(id);
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public Page<PreviewItem> transferRunPreview(
            long id, BodyType receivingType, String receivingKey, int page, int size) {
        Caller caller = currentUser.require();
        runInScope(id, caller);
        ResponsibleBody receiving = receivingType == null ? null : new ResponsibleBody(receivingType, receivingKey);
        Page<PreviewItem> items = runs.preview(id, receiving, page, size);
        audit.recordAll(
                caller,
                AuditAction.READ,
                SUBJECT,
                items.items().stream().map(i -> String.valueOf(i.jobSeekerId())).toList(),
                "transfer run " + id + " preview");
        return items;
    }

    // ---------------------------------------------------------------- imports

    @Override
    @Allow(Role.ADMIN)
    @Transactional(TxType.NOT_SUPPORTED)
    public ImportReport importJobSeekers(InputStream csv, Locale language) {
        Caller caller = currentUser.require();
        TransferContext context = contexts.current();
        try (CustomerExtract extract =
                CustomerExtract.open(new InputStreamReader(csv, StandardCharsets.UTF_8), context.areas())) {
            long id = importChunks.begin(caller);
            importRunner.run(id, extract, context, caller, () -> false);
            return importChunks.report(id, configuration.listedImportErrors(), language);
        }
    }

    @Override
    @Allow(Role.ADMIN)
    @Transactional(TxType.NOT_SUPPORTED)
    public ImportReport startImport(InputStream csv, Locale language) {
        Caller caller = currentUser.require();
        ImportLauncher.Spooled spooled = importLauncher.spool(csv);
        long id;
        try {
            // the header is checked now, so that a file the job could not read is refused at once
            try (CustomerExtract header = CustomerExtract.open(
                    ImportLauncher.reader(spooled.file()), contexts.current().areas())) {
                id = importChunks.begin(caller, spooled.dataLines());
            }
        } catch (IOException e) {
            ImportLauncher.discard(spooled.file());
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            ImportLauncher.discard(spooled.file());
            throw e;
        }
        try {
            importLauncher.start(id, spooled.file());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + id + " could not start", e);
            importChunks.finish(id, "FAILED", e.getClass().getSimpleName() + ": " + e.getMessage());
            ImportLauncher.discard(spooled.file());
        }
        return importChunks.report(id, configuration.listedImportErrors(), language);
    }

    @Override
    @Allow(Role.ADMIN)
    public ImportReport importReport(long id, Locale language) {
        return imports.report(id, configuration.listedImportErrors(), language)
                .orElseThrow(() -> new ResourceNotFoundException("clients.import", id));
    }

    @Override
    @Allow(Role.ADMIN)
    public Page<ImportRowError> importErrors(long id, int page, int size, Locale language) {
        importReport(id, language);
        return imports.errors(id, page, size, language);
    }

    // ---------------------------------------------------------------- helpers

    private JobSeeker inScope(long id, Caller caller) {
        return store.findInScope(id, caller).orElseThrow(() -> new ResourceNotFoundException(JOB_SEEKER, id));
    }

    private TransferOrderView orderFromMyOffice(long orderId, Caller caller) {
        return ledger.order(orderId, true)
                .filter(o -> o.kind() == TransferOrderKind.ENTRY && serves(caller, o.from()))
                .orElseThrow(() -> new ResourceNotFoundException("clients.transferOrder", orderId));
    }

    private TransferOrderView consentToMyArea(long orderId, Caller caller) {
        return ledger.order(orderId, true)
                .filter(o -> o.kind() == TransferOrderKind.CONSENT && serves(caller, o.to()))
                .orElseThrow(() -> new ResourceNotFoundException("clients.transferOrder", orderId));
    }

    private TransferRunView runInScope(long id, Caller caller) {
        return inScope(runs.find(id), id, caller);
    }

    private static TransferRunView inScope(java.util.Optional<TransferRunView> found, long id, Caller caller) {
        return found.filter(run -> caller.role() == Role.ADMIN
                        || run.trialArea() != null && caller.areaKeys().contains(run.trialArea()))
                .orElseThrow(() -> new ResourceNotFoundException("clients.transferRun", id));
    }

    private static boolean serves(Caller caller, ResponsibleBody body) {
        return body.isArea() ? caller.servesArea(body.key()) : caller.servesOffice(body.key());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String id(JobSeeker person) {
        return String.valueOf(person.id());
    }

    private JobSeekerView view(JobSeeker person) {
        Custody custody = ledger.custody(person.id(), false).orElseThrow();
        List<SituationView> history = store.history(person.id()).stream()
                .map(s -> new SituationView(
                        s.effectiveFrom(),
                        s.labourMarketStatus(),
                        s.unemploymentBenefit(),
                        s.homeMunicipality(),
                        s.exclusionItem(),
                        s.source().name()))
                .toList();
        return new JobSeekerView(
                person.id(),
                person.personalIdentityCode(),
                person.firstName(),
                person.lastName(),
                person.birthDate(),
                person.sex(),
                person.homeMunicipality(),
                person.motherTongue(),
                person.immigrant(),
                person.educationLevel(),
                person.email(),
                person.phone(),
                person.streetAddress(),
                person.postalCode(),
                person.postOffice(),
                person.registeredOn(),
                person.labourMarketStatus(),
                person.unemploymentBenefit(),
                custody.body(),
                custody.since(),
                custody.discretion(),
                history,
                ledger.transfersOf(person.id()),
                ledger.openOrdersOf(List.of(person.id())),
                person.version());
    }
}
