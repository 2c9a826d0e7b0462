package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.clients.Caseloads;
import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.problem.AccessDeniedException;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import fi.kuntakokeilu.services.ApplicationReportRequest;
import fi.kuntakokeilu.services.AppointmentCancellation;
import fi.kuntakokeilu.services.AppointmentRequest;
import fi.kuntakokeilu.services.AppointmentView;
import fi.kuntakokeilu.services.CaseNoteRequest;
import fi.kuntakokeilu.services.CaseNoteView;
import fi.kuntakokeilu.services.CaseworkerAssignmentRequest;
import fi.kuntakokeilu.services.CatalogueEntry;
import fi.kuntakokeilu.services.JobApplicationsView;
import fi.kuntakokeilu.services.PlanRequest;
import fi.kuntakokeilu.services.PlanVersionView;
import fi.kuntakokeilu.services.PlanView;
import fi.kuntakokeilu.services.ResponsibleCaseworkerView;
import fi.kuntakokeilu.services.ServicePeriodRequest;
import fi.kuntakokeilu.services.ServicePeriodView;
import fi.kuntakokeilu.services.Services;
import fi.kuntakokeilu.services.StatementView;
import fi.kuntakokeilu.services.Worklist;
import fi.kuntakokeilu.services.WorklistKind;
import fi.kuntakokeilu.services.control.CaseFile;
import fi.kuntakokeilu.services.control.CaseworkerRules;
import fi.kuntakokeilu.services.control.Caseworkers;
import fi.kuntakokeilu.services.control.DeadlineClassifier;
import fi.kuntakokeilu.services.control.ServiceRuleSettings;
import fi.kuntakokeilu.services.control.Worklists;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import java.util.Optional;

/**
 * The services API. The transaction boundary: each call is one transaction, with the audit row of
 * every read or change of a customer's services written in it. Roles by {@code @Allow} (evaluators:
 * 403); which customers a permitted caller reaches is the clients module's {@link Caseloads} scope:
 * a customer out of reach answers 404 like one that does not exist. Concurrent changes: a stale
 * version is refused with 409, checked against the row and again by the optimistic lock at flush.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
@Allow({Role.ADMIN, Role.AREA_MANAGER, Role.CASEWORKER, Role.OFFICE_STAFF})
public class ServicesFacade implements Services {

    static final String SUBJECT = "job-seeker";

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Caseloads caseloads;

    @Inject
    Clients clients;

    @Inject
    CaseFile file;

    @Inject
    Worklists worklists;

    @Inject
    DeadlineClassifier classifier;

    @Inject
    ServiceRuleSettings settings;

    @Inject
    Caseworkers caseworkers;

    @Inject
    StaffDirectory staff;

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER, Role.CASEWORKER, Role.OFFICE_STAFF, Role.EVALUATOR})
    public List<CatalogueEntry> catalogue() {
        return file.catalogue();
    }

    // ---------------------------------------------------------------- plans

    @Override
    public List<PlanView> plans(long jobSeekerId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        List<PlanView> plans = file.plans(customer);
        audit(caller, AuditAction.READ, customer, "view plans");
        return plans;
    }

    @Override
    public PlanView plan(long jobSeekerId, long planId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        PlanView plan = file.plan(customer, planId);
        audit(caller, AuditAction.READ, customer, "view plan " + planId);
        return plan;
    }

    @Override
    public PlanView createPlan(long jobSeekerId, PlanRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        PlanView plan = file.makePlan(customer, request, caller.username());
        audit(caller, AuditAction.CREATE, customer, "make plan " + plan.id());
        return plan;
    }

    @Override
    public PlanView updatePlan(long jobSeekerId, long planId, PlanRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        PlanView plan = file.updatePlan(customer, planId, request, caller.username());
        audit(caller, AuditAction.UPDATE, customer, "update plan " + planId + " to version " + plan.version());
        return plan;
    }

    @Override
    public List<PlanVersionView> planVersions(long jobSeekerId, long planId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        List<PlanVersionView> versions = file.versions(customer, planId);
        audit(caller, AuditAction.READ, customer, "view versions of plan " + planId);
        return versions;
    }

    // ---------------------------------------------------------------- service periods

    @Override
    public List<ServicePeriodView> servicePeriods(long jobSeekerId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        List<ServicePeriodView> periods = file.servicePeriods(customer);
        audit(caller, AuditAction.READ, customer, "view service periods");
        return periods;
    }

    @Override
    public ServicePeriodView addServicePeriod(long jobSeekerId, ServicePeriodRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        ServicePeriodView period = file.addServicePeriod(customer, request, caller.username());
        audit(caller, AuditAction.CREATE, customer, "add service period " + period.id());
        return period;
    }

    @Override
    public ServicePeriodView changeServicePeriod(long jobSeekerId, long periodId, ServicePeriodRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        ServicePeriodView period = file.changeServicePeriod(customer, periodId, request, caller.username());
        audit(caller, AuditAction.UPDATE, customer, "change service period " + periodId);
        return period;
    }

    // ---------------------------------------------------------------- appointments

    @Override
    public List<AppointmentView> appointments(long jobSeekerId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        List<AppointmentView> appointments = file.appointments(customer, classifier);
        audit(caller, AuditAction.READ, customer, "view appointments");
        return appointments;
    }

    @Override
    public AppointmentView addAppointment(long jobSeekerId, AppointmentRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        AppointmentView appointment = file.addAppointment(customer, request, caller.username(), classifier);
        audit(caller, AuditAction.CREATE, customer, "book appointment " + appointment.id());
        return appointment;
    }

    @Override
    public AppointmentView changeAppointment(long jobSeekerId, long appointmentId, AppointmentRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        AppointmentView appointment =
                file.changeAppointment(customer, appointmentId, request, caller.username(), classifier);
        audit(caller, AuditAction.UPDATE, customer, "change appointment " + appointmentId);
        return appointment;
    }

    @Override
    public AppointmentView cancelAppointment(long jobSeekerId, long appointmentId, AppointmentCancellation request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        AppointmentView appointment =
                file.cancelAppointment(customer, appointmentId, request, caller.username(), classifier);
        audit(caller, AuditAction.UPDATE, customer, "cancel appointment " + appointmentId);
        return appointment;
    }

    // ---------------------------------------------------------------- job applications

    @Override
    public JobApplicationsView jobApplications(long jobSeekerId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        JobApplicationsView view = file.jobApplications(customer);
        audit(caller, AuditAction.READ, customer, "view job applications");
        return view;
    }

    @Override
    public JobApplicationsView reportJobApplications(long jobSeekerId, ApplicationReportRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        file.report(customer, request, caller.username());
        List<StatementView> made = file.reviewObligation(customer);
        audit(
                caller,
                AuditAction.UPDATE,
                customer,
                "report job applications for " + request.month().withDayOfMonth(1) + ", " + made.size()
                        + " new reminders or statements");
        return file.jobApplications(customer);
    }

    @Override
    public StatementView markStatementSent(long jobSeekerId, long statementId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        StatementView statement = file.markSent(customer, statementId);
        audit(caller, AuditAction.UPDATE, customer, "statement " + statementId + " sent");
        return statement;
    }

    // ---------------------------------------------------------------- notes

    @Override
    public List<CaseNoteView> notes(long jobSeekerId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        List<CaseNoteView> notes = file.notes(customer);
        audit(caller, AuditAction.READ, customer, "view case notes");
        return notes;
    }

    @Override
    public CaseNoteView addNote(long jobSeekerId, CaseNoteRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        CaseNoteView note = file.addNote(customer, request, caller.username());
        audit(caller, AuditAction.CREATE, customer, "write case note " + note.id());
        return note;
    }

    @Override
    public CaseNoteView changeNote(long jobSeekerId, long noteId, CaseNoteRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        CaseNoteView note = file.changeNote(customer, noteId, request, caller.username());
        audit(caller, AuditAction.UPDATE, customer, "rewrite case note " + noteId);
        return note;
    }

    // ---------------------------------------------------------------- worklists

    @Override
    public Worklist worklist(String area, String office, WorklistKind kind, int page, int size) {
        Caller caller = currentUser.require();
        ResponsibleBody body = bodyOf(caller, area, office);
        List<CustomerInCare> customers = caseloads.customersOf(caller, body);
        List<TransferOrderView> pending = body.isOffice() ? clients.pendingTransfers() : List.of();
        Worklist worklist = worklists.worklist(
                body, customers, pending, file.today(), classifier, settings.serviceEndingDays(), kind, page, size);
        audit.recordAll(
                caller,
                AuditAction.SEARCH,
                SUBJECT,
                worklist.items().items().stream()
                        .map(i -> String.valueOf(i.jobSeekerId()))
                        .distinct()
                        .toList(),
                "worklist of " + body);
        return worklist;
    }

    @Override
    public Worklist caseworkerWorklist(String area, String caseworker, WorklistKind kind, int page, int size) {
        Caller caller = currentUser.require();
        ResponsibleBody body = bodyOf(caller, area, null);
        if (!body.isArea()) {
            throw InvalidInputException.of("caseworker", "services.worklist.caseworkerNeedsArea");
        }
        String account = CaseworkerRules.accountOf(caller, caseworker);
        CaseworkerRules.checkWorklist(
                caller,
                body.key(),
                account,
                account.equals(caller.username()) ? Optional.of(caller) : staff.find(account));
        List<CustomerInCare> theirs = caseworkers.assignedTo(body.key(), account, caseloads.customersOf(caller, body));
        Worklist worklist = worklists.worklist(
                body,
                account,
                theirs,
                List.of(),
                file.today(),
                classifier,
                settings.serviceEndingDays(),
                kind,
                page,
                size);
        audit.recordAll(
                caller,
                AuditAction.SEARCH,
                SUBJECT,
                worklist.items().items().stream()
                        .map(i -> String.valueOf(i.jobSeekerId()))
                        .distinct()
                        .toList(),
                "worklist of caseworker " + account + " in " + body);
        return worklist;
    }

    // ---------------------------------------------------------------- responsible caseworker

    @Override
    public ResponsibleCaseworkerView caseworker(long jobSeekerId) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        ResponsibleCaseworkerView view = caseworkers.of(customer);
        audit(caller, AuditAction.READ, customer, "view responsible caseworker");
        return view;
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER, Role.CASEWORKER})
    public ResponsibleCaseworkerView assignCaseworker(long jobSeekerId, CaseworkerAssignmentRequest request) {
        Caller caller = currentUser.require();
        CustomerInCare customer = customer(jobSeekerId, caller);
        if (customer.responsibleBody() == null || !customer.responsibleBody().isArea()) {
            throw new ConflictException("not-in-trial-area", "services.caseworker.notInArea");
        }
        String area = customer.responsibleBody().key();
        String assignee = CaseworkerRules.accountOf(caller, request.caseworker());
        CaseworkerRules.checkAssignment(
                caller,
                area,
                assignee,
                assignee.equals(caller.username()) ? Optional.of(caller) : staff.find(assignee));
        ResponsibleCaseworkerView view =
                caseworkers.assign(customer, assignee, request.since(), request.version(), caller.username());
        audit(
                caller,
                AuditAction.UPDATE,
                customer,
                "assign caseworker " + assignee + " in " + area + " from "
                        + view.current().since());
        return view;
    }

    /**
     * The body whose worklist the caller asks for: one of their areas, their office, or (for
     * administrators) the one they name.
     */
    private static ResponsibleBody bodyOf(Caller caller, String area, String office) {
        if (area != null && office != null) {
            throw InvalidInputException.of("office", "services.worklist.areaOrOffice");
        }
        ResponsibleBody body;
        if (area != null) {
            body = ResponsibleBody.area(area);
        } else if (office != null) {
            body = ResponsibleBody.office(office);
        } else if (caller.role() == Role.OFFICE_STAFF && caller.officeKey() != null) {
            body = ResponsibleBody.office(caller.officeKey());
        } else if (caller.role().servesTrialAreas() && caller.areaKeys().size() == 1) {
            body = ResponsibleBody.area(caller.areaKeys().iterator().next());
        } else {
            throw InvalidInputException.of("area", "services.worklist.areaRequired");
        }
        boolean serves = body.isArea() ? caller.servesArea(body.key()) : caller.servesOffice(body.key());
        if (!serves) {
            throw new AccessDeniedException();
        }
        return body;
    }

    // ---------------------------------------------------------------- helpers

    private CustomerInCare customer(long jobSeekerId, Caller caller) {
        return caseloads
                .customer(caller, jobSeekerId)
                .orElseThrow(() -> new ResourceNotFoundException("services.jobSeeker", jobSeekerId));
    }

    private void audit(Caller caller, AuditAction action, CustomerInCare customer, String purpose) {
        audit.record(caller, action, SUBJECT, String.valueOf(customer.jobSeekerId()), purpose);
    }
}
