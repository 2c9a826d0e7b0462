package fi.kuntakokeilu.services;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The services API: what staff do for a customer (plans, service periods, interviews and
 * discussions, the job-application obligation, case notes) and the worklists of what is due.
 *
 * <p>Who reaches whom: staff of the trial area responsible for the customer now (caseworkers and
 * area managers), office staff for their office's customers, administrators everyone. A customer
 * out of the caller's scope answers exactly like one that does not exist (404). Evaluators may call
 * nothing here (403). Every read and change of a customer's services is audited in its transaction.
 * Plans, service periods, appointments and notes carry versions: a change to a stale version is
 * refused with 409, nothing is silently overwritten.
 */
public interface Services {

    /** The service catalogue, in its order. */
    List<CatalogueEntry> catalogue();

    /** The customer's plans, each with its latest version. */
    List<PlanView> plans(long jobSeekerId);

    PlanView plan(long jobSeekerId, long planId);

    /**
     * Makes a plan; regenerates the customer's interview schedule by the rule regime in force (the
     * initial interview counts as held: it produced the plan).
     */
    PlanView createPlan(long jobSeekerId, @NotNull @Valid PlanRequest request);

    /**
     * Adds a version to a plan and regenerates the schedule (an earlier customer switches to the
     * Nordic model at their first plan update from 2.5.2022).
     *
     * @throws fi.kuntakokeilu.platform.problem.ConflictException when {@code request.version()} is not
     *     the latest version
     */
    PlanView updatePlan(long jobSeekerId, long planId, @NotNull @Valid PlanRequest request);

    /** Every version of a plan, the first first. */
    List<PlanVersionView> planVersions(long jobSeekerId, long planId);

    List<ServicePeriodView> servicePeriods(long jobSeekerId);

    ServicePeriodView addServicePeriod(long jobSeekerId, @NotNull @Valid ServicePeriodRequest request);

    ServicePeriodView changeServicePeriod(
            long jobSeekerId, long periodId, @NotNull @Valid ServicePeriodRequest request);

    /** Interviews and discussions, by due date. */
    List<AppointmentView> appointments(long jobSeekerId);

    AppointmentView addAppointment(long jobSeekerId, @NotNull @Valid AppointmentRequest request);

    AppointmentView changeAppointment(long jobSeekerId, long appointmentId, @NotNull @Valid AppointmentRequest request);

    /**
     * Calls an appointment off with a reason, given the version read (409 when stale, or when it was
     * held or already cancelled). It stays in the case history as cancelled and leaves the worklists.
     */
    AppointmentView cancelAppointment(
            long jobSeekerId, long appointmentId, @NotNull @Valid AppointmentCancellation request);

    /** The obligation, the reports, each period's standing, and the reminders and statements. */
    JobApplicationsView jobApplications(long jobSeekerId);

    /**
     * Records the applications of a month and reviews the obligation: each newly neglected period
     * leads to a reminder, then a 7-day and a 14-day benefit statement (the neglect ladder).
     */
    JobApplicationsView reportJobApplications(long jobSeekerId, @NotNull @Valid ApplicationReportRequest request);

    /** Marks a reminder or statement as sent: it leaves the worklist. */
    StatementView markStatementSent(long jobSeekerId, long statementId);

    /** Case notes, the newest first. */
    List<CaseNoteView> notes(long jobSeekerId);

    CaseNoteView addNote(long jobSeekerId, @NotNull @Valid CaseNoteRequest request);

    CaseNoteView changeNote(long jobSeekerId, long noteId, @NotNull @Valid CaseNoteRequest request);

    /**
     * The worklist of a trial area or an employment office: counts per kind and a page of items by
     * deadline. Trial-area staff name one of their areas (or have one), office staff get their
     * office's, administrators name an area or an office.
     *
     * @param kind only items of this kind on the page (the counts cover every kind)
     */
    Worklist worklist(
            @Size(max = 60) String area,
            @Size(max = 60) String office,
            WorklistKind kind,
            @Min(0) int page,
            @Min(1) @Max(200) int size);

    /**
     * The worklist of one caseworker within a trial area: the same items and counts as the area's,
     * for the customers the caseworker is responsible for now. A caseworker asks for their own
     * ({@code me}); area managers and administrators for any caseworker of the area.
     *
     * @param area the trial area; may be left out by staff of one area
     * @param caseworker {@code me} or an account name
     */
    Worklist caseworkerWorklist(
            @Size(max = 60) String area,
            @Size(max = 100) String caseworker,
            WorklistKind kind,
            @Min(0) int page,
            @Min(1) @Max(200) int size);

    /** The customer's responsible caseworker within their trial area now, and every assignment. */
    ResponsibleCaseworkerView caseworker(long jobSeekerId);

    /**
     * Makes a caseworker responsible for a customer of a trial area from a day on; the earlier
     * assignments stay on record. A caseworker may take a customer of their own area; an area manager
     * (or an administrator) may assign the customer to any caseworker of the area.
     *
     * @throws fi.kuntakokeilu.platform.problem.ConflictException when {@code request.version()} is
     *     stale or the customer is no trial area's
     */
    ResponsibleCaseworkerView assignCaseworker(long jobSeekerId, @NotNull @Valid CaseworkerAssignmentRequest request);
}
