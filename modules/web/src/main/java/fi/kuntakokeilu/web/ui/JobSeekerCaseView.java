package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.platform.audit.AuditEntry;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.services.ApplicationReportRequest;
import fi.kuntakokeilu.services.ApplicationRequirement;
import fi.kuntakokeilu.services.AppointmentCancellation;
import fi.kuntakokeilu.services.AppointmentRequest;
import fi.kuntakokeilu.services.AppointmentView;
import fi.kuntakokeilu.services.CaseNoteRequest;
import fi.kuntakokeilu.services.CaseNoteView;
import fi.kuntakokeilu.services.JobApplicationsView;
import fi.kuntakokeilu.services.NoteTopic;
import fi.kuntakokeilu.services.PlanKind;
import fi.kuntakokeilu.services.PlanRequest;
import fi.kuntakokeilu.services.PlanVersionView;
import fi.kuntakokeilu.services.PlanView;
import fi.kuntakokeilu.services.Services;
import fi.kuntakokeilu.services.WorkSituation;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The case file on a job seeker's page, beside {@link JobSeekerPageView} which opens the person: the
 * plans with every earlier version and the editor that adds a version (the version read goes back
 * with the change, so that a change made meanwhile by someone else is refused, shown, and nothing is
 * overwritten), the job-application obligation and its reports, case notes, the change of an
 * interview or discussion, and for area managers who read or changed the record.
 */
@Named
@ViewScoped
public class JobSeekerCaseView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int VIEWERS_SHOWN = 100;
    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");

    @Inject
    JobSeekerPageView page;

    @Inject
    Services services;

    @Inject
    Clients clients;

    @Inject
    SessionView session;

    @Inject
    LanguageView language;

    @Inject
    FacesProblems problems;

    @Inject
    Clock clock;

    private long jobSeekerId;

    private List<PlanView> plans = List.of();
    private Long selectedPlanId;
    private List<PlanVersionView> versions = List.of();
    private int readVersion;

    private PlanKind planKind = PlanKind.EMPLOYMENT_PLAN;
    private LocalDate agreedOn;
    private LocalDate reviewDue;
    private String agreedActions;
    private WorkSituation workSituation;
    private Integer agreedApplications;
    private String reductionReason;
    private LocalDate layoffStartedOn;

    private JobApplicationsView applications;
    private LocalDate reportMonth;
    private Integer reportedApplications;

    private List<CaseNoteView> notes = List.of();
    private NoteTopic noteTopic;
    private String noteBody;

    private Long cancelledAppointmentId;
    private String cancellationReason;

    private Long changedAppointmentId;
    private LocalDate newDueOn;
    private LocalDate heldOn;

    private List<AuditEntry> viewers = List.of();

    /** The page's second view action: reads the case file once the person is open. */
    public void open() {
        if (page.getPerson() == null) {
            return;
        }
        jobSeekerId = page.getPerson().id();
        agreedOn = LocalDate.now(clock);
        reportMonth = LocalDate.now(clock);
        loadPlans();
        startEditing();
        applications = services.jobApplications(jobSeekerId);
        notes = services.notes(jobSeekerId);
        if (isSeesViewers()) {
            viewers = clients.recordViewers(jobSeekerId);
        }
    }

    // ---------------------------------------------------------------- plans

    private void loadPlans() {
        plans = services.plans(jobSeekerId);
        if (selectedPlanId == null || plans.stream().noneMatch(plan -> plan.id() == selectedPlanId)) {
            selectedPlanId = plans.isEmpty() ? null : plans.get(0).id();
        }
        versions = selectedPlanId == null ? List.of() : reversed(services.planVersions(jobSeekerId, selectedPlanId));
    }

    /** Fills the editor with the selected plan's latest version, the version the change will be made to. */
    private void startEditing() {
        PlanView plan = getSelectedPlan();
        if (plan == null) {
            readVersion = 0;
            agreedActions = null;
            reviewDue = null;
            workSituation = null;
            agreedApplications = null;
            reductionReason = null;
            layoffStartedOn = null;
            return;
        }
        PlanVersionView current = plan.current();
        readVersion = plan.version();
        planKind = plan.kind();
        agreedActions = current.agreedActions();
        reviewDue = null;
        workSituation = current.workSituation();
        layoffStartedOn = current.layoffStartedOn();
        boolean reduced = current.obligation() != null
                && current.obligation().basis() == ApplicationRequirement.Basis.REDUCED_IN_PLAN;
        agreedApplications = reduced ? current.obligation().applications() : null;
        reductionReason = reduced ? current.obligation().reductionReason() : null;
    }

    /** Shows another of the customer's plans, its versions and its editor. */
    public void selectPlan(long planId) {
        selectedPlanId = planId;
        loadPlans();
        startEditing();
    }

    /**
     * Saves the editor as a new version of the selected plan, or as the customer's first plan of its
     * kind. A change made meanwhile by someone else is refused with the conflict message: their
     * version is then shown, and what this user wrote stays in the editor to be saved on top of it.
     */
    public void savePlan() {
        PlanView plan = getSelectedPlan();
        Map<String, String> fields = Map.of(
                "kind", "plan:kind",
                "agreedOn", "plan:agreedOn",
                "reviewDue", "plan:reviewDue",
                "agreedActions", "plan:actions",
                "workSituation", "plan:situation",
                "agreedApplications", "plan:applications",
                "reductionReason", "plan:reason",
                "layoffStartedOn", "plan:layoff");
        PlanRequest request = new PlanRequest(
                plan == null ? planKind : null,
                agreedOn,
                reviewDue,
                agreedActions,
                workSituation,
                agreedApplications,
                blankToNull(reductionReason),
                layoffStartedOn,
                plan == null ? null : readVersion);
        boolean[] conflict = {false};
        PlanView saved = problems.attempt(
                () -> {
                    try {
                        return plan == null
                                ? services.createPlan(jobSeekerId, request)
                                : services.updatePlan(jobSeekerId, plan.id(), request);
                    } catch (ConflictException e) {
                        // Told below in the page's own words, with what happens to the text.
                        conflict[0] = true;
                        return null;
                    }
                },
                fields);
        if (saved != null) {
            selectedPlanId = saved.id();
            loadPlans();
            startEditing();
            problems.confirm("caseFile.plan.saved", saved.version());
        } else if (conflict[0]) {
            // Show what the other person saved; keep this user's text in the editor, now made to
            // the latest version, so that saving again adds it as the next version.
            loadPlans();
            PlanView latest = getSelectedPlan();
            readVersion = latest == null ? 0 : latest.version();
            problems.refuse(null, "caseFile.plan.conflict");
        }
    }

    public PlanView getSelectedPlan() {
        if (selectedPlanId == null) {
            return null;
        }
        return plans.stream()
                .filter(plan -> plan.id() == selectedPlanId)
                .findFirst()
                .orElse(null);
    }

    // ---------------------------------------------------------------- job applications

    /** Records the applications the customer reports for a month. */
    public void reportApplications() {
        JobApplicationsView reported = problems.attempt(
                () -> services.reportJobApplications(
                        jobSeekerId, new ApplicationReportRequest(reportMonth, reportedApplications)),
                Map.of("month", "applications:month", "applications", "applications:count"));
        if (reported != null) {
            applications = reported;
            reportedApplications = null;
            problems.confirm("caseFile.applications.saved");
        }
    }

    // ---------------------------------------------------------------- notes

    public void addNote() {
        CaseNoteView added = problems.attempt(
                () -> services.addNote(jobSeekerId, new CaseNoteRequest(noteTopic, blankToNull(noteBody), null)),
                Map.of("topic", "note:topic", "body", "note:body"));
        if (added != null) {
            notes = services.notes(jobSeekerId);
            noteTopic = null;
            noteBody = null;
            problems.confirm("caseFile.note.saved");
        }
    }

    // ---------------------------------------------------------------- appointments

    /** Moves an interview or discussion to a new due date, or records the day it was held. */
    public void changeAppointment() {
        AppointmentView appointment = page.getAppointments().stream()
                .filter(a -> changedAppointmentId != null && a.id() == changedAppointmentId)
                .findFirst()
                .orElse(null);
        if (appointment == null) {
            problems.refuse("change:which", "caseFile.appointment.choose");
            return;
        }
        AppointmentRequest request = new AppointmentRequest(
                null, newDueOn == null ? appointment.dueOn() : newDueOn, heldOn, appointment.version());
        AppointmentView changed = problems.attempt(
                () -> services.changeAppointment(jobSeekerId, appointment.id(), request),
                Map.of("dueOn", "change:due", "heldOn", "change:held", "version", "change:which"));
        page.reloadAppointments();
        if (changed != null) {
            changedAppointmentId = null;
            newDueOn = null;
            heldOn = null;
            problems.confirm("caseFile.appointment.changed");
        }
    }

    /**
     * Calls an interview or discussion off with a reason (the page asks for confirmation first). It
     * stays on the customer's list as cancelled and leaves the worklist; a stale version is refused.
     */
    public void cancelAppointment() {
        AppointmentView appointment = page.getAppointments().stream()
                .filter(a -> cancelledAppointmentId != null && a.id() == cancelledAppointmentId)
                .findFirst()
                .orElse(null);
        if (appointment == null) {
            problems.refuse("cancel:which", "caseFile.appointment.chooseCancelled");
            return;
        }
        AppointmentCancellation request = new AppointmentCancellation(cancellationReason, appointment.version());
        AppointmentView cancelled = problems.attempt(
                () -> services.cancelAppointment(jobSeekerId, appointment.id(), request),
                Map.of("reason", "cancel:reason", "version", "cancel:which"));
        page.reloadAppointments();
        if (cancelled != null) {
            cancelledAppointmentId = null;
            cancellationReason = null;
            problems.confirm("caseFile.appointment.cancelled");
        }
    }

    /** The appointments that can still be moved, marked held or cancelled. */
    public List<AppointmentView> getOpenAppointments() {
        return page.getAppointments().stream()
                .filter(a -> a.heldOn() == null && !a.cancelled())
                .toList();
    }

    /** The day (in Finland) an appointment was cancelled. */
    public LocalDate cancelledOn(AppointmentView appointment) {
        return appointment.cancelledAt() == null
                ? null
                : appointment.cancelledAt().atZone(FINLAND).toLocalDate();
    }

    public Long getCancelledAppointmentId() {
        return cancelledAppointmentId;
    }

    public void setCancelledAppointmentId(Long cancelledAppointmentId) {
        this.cancelledAppointmentId = cancelledAppointmentId;
    }

    public String getCancellationReason() {
        return cancellationReason;
    }

    public void setCancellationReason(String cancellationReason) {
        this.cancellationReason = cancellationReason;
    }

    // ---------------------------------------------------------------- who viewed the record

    /** Only area managers see who read or changed the record (the API refuses everyone else). */
    public boolean isSeesViewers() {
        return "AREA_MANAGER".equals(session.getRole());
    }

    /** An instant as the day and time in Finland, in the user's language. */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale())
                .format(instant.atZone(FINLAND));
    }

    // ---------------------------------------------------------------- choices and state

    public List<PlanKind> getPlanKinds() {
        return List.of(PlanKind.values());
    }

    public List<WorkSituation> getWorkSituations() {
        return List.of(WorkSituation.values());
    }

    public List<NoteTopic> getNoteTopics() {
        return List.of(NoteTopic.values());
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public List<PlanView> getPlans() {
        return plans;
    }

    /** The selected plan's versions, the latest first. */
    public List<PlanVersionView> getVersions() {
        return versions;
    }

    public int getReadVersion() {
        return readVersion;
    }

    public JobApplicationsView getApplications() {
        return applications;
    }

    public List<CaseNoteView> getNotes() {
        return notes;
    }

    public List<AuditEntry> getViewers() {
        return viewers;
    }

    /** The latest hundred rows of who viewed the record, the newest first. */
    public List<AuditEntry> getLatestViewers() {
        return viewers.size() > VIEWERS_SHOWN ? viewers.subList(0, VIEWERS_SHOWN) : viewers;
    }

    public PlanKind getPlanKind() {
        return planKind;
    }

    public void setPlanKind(PlanKind planKind) {
        this.planKind = planKind;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public void setAgreedOn(LocalDate agreedOn) {
        this.agreedOn = agreedOn;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public void setReviewDue(LocalDate reviewDue) {
        this.reviewDue = reviewDue;
    }

    public String getAgreedActions() {
        return agreedActions;
    }

    public void setAgreedActions(String agreedActions) {
        this.agreedActions = agreedActions;
    }

    public WorkSituation getWorkSituation() {
        return workSituation;
    }

    public void setWorkSituation(WorkSituation workSituation) {
        this.workSituation = workSituation;
    }

    public Integer getAgreedApplications() {
        return agreedApplications;
    }

    public void setAgreedApplications(Integer agreedApplications) {
        this.agreedApplications = agreedApplications;
    }

    public String getReductionReason() {
        return reductionReason;
    }

    public void setReductionReason(String reductionReason) {
        this.reductionReason = reductionReason;
    }

    public LocalDate getLayoffStartedOn() {
        return layoffStartedOn;
    }

    public void setLayoffStartedOn(LocalDate layoffStartedOn) {
        this.layoffStartedOn = layoffStartedOn;
    }

    public LocalDate getReportMonth() {
        return reportMonth;
    }

    public void setReportMonth(LocalDate reportMonth) {
        this.reportMonth = reportMonth;
    }

    public Integer getReportedApplications() {
        return reportedApplications;
    }

    public void setReportedApplications(Integer reportedApplications) {
        this.reportedApplications = reportedApplications;
    }

    public NoteTopic getNoteTopic() {
        return noteTopic;
    }

    public void setNoteTopic(NoteTopic noteTopic) {
        this.noteTopic = noteTopic;
    }

    public String getNoteBody() {
        return noteBody;
    }

    public void setNoteBody(String noteBody) {
        this.noteBody = noteBody;
    }

    public Long getChangedAppointmentId() {
        return changedAppointmentId;
    }

    public void setChangedAppointmentId(Long changedAppointmentId) {
        this.changedAppointmentId = changedAppointmentId;
    }

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }
}
