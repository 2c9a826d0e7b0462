package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.services.ApplicationObligationTerms;
import fi.kuntakokeilu.services.ApplicationReportRequest;
import fi.kuntakokeilu.services.ApplicationReportView;
import fi.kuntakokeilu.services.ApplicationRequirement;
import fi.kuntakokeilu.services.AppointmentCancellation;
import fi.kuntakokeilu.services.AppointmentRequest;
import fi.kuntakokeilu.services.AppointmentView;
import fi.kuntakokeilu.services.BenefitStatement;
import fi.kuntakokeilu.services.BenefitType;
import fi.kuntakokeilu.services.CaseNoteRequest;
import fi.kuntakokeilu.services.CaseNoteView;
import fi.kuntakokeilu.services.CatalogueEntry;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.InterviewSchedule;
import fi.kuntakokeilu.services.JobApplicationsView;
import fi.kuntakokeilu.services.NeglectConsequence;
import fi.kuntakokeilu.services.PeriodEvaluation;
import fi.kuntakokeilu.services.PlanRequest;
import fi.kuntakokeilu.services.PlanVersionView;
import fi.kuntakokeilu.services.PlanView;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.ScheduledInterview;
import fi.kuntakokeilu.services.ServicePeriodRequest;
import fi.kuntakokeilu.services.ServicePeriodView;
import fi.kuntakokeilu.services.StatementView;
import fi.kuntakokeilu.services.entity.ApplicationReport;
import fi.kuntakokeilu.services.entity.Appointment;
import fi.kuntakokeilu.services.entity.BenefitStatementRecord;
import fi.kuntakokeilu.services.entity.CaseNote;
import fi.kuntakokeilu.services.entity.CatalogueService;
import fi.kuntakokeilu.services.entity.Plan;
import fi.kuntakokeilu.services.entity.PlanVersion;
import fi.kuntakokeilu.services.entity.ServicePeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A customer's services in the database: plans and their versions, the interview schedule,
 * service periods, job-application reports with the reminders and statements they lead to, and
 * case notes. Every method works on one customer whom the boundary has already found in the caller's
 * scope; every query names that customer, so a plan, appointment or note of another customer is not
 * found (404).
 *
 * <p><b>Schedules.</b> Making or updating a plan on a day is a meeting with the customer: open
 * interviews that review the plan and were due by that day count as held on it, and the calendar
 * of scheduled interviews and discussions after it is drawn again by {@link InterviewScheduler} from
 * the registration day and every plan day ({@link RegimeSwitch}: an earlier customer moves to the
 * Nordic model at the first plan update from 2.5.2022). The initial interview is not scheduled once
 * a plan exists: the plan is what it produces. A cancelled appointment is never redrawn, removed or
 * counted as held: it stays as case history, and its place in the schedule counts as settled (staff
 * book a new one if the customer is still to be met).
 *
 * <p><b>Obligation.</b> Reports are per calendar month; a month's applications count as made on its
 * last day, so each falls in the review period that contains the month's end (a part month at the
 * start of an obligation is joined to the next period by {@link ApplicationObligationRules}). Each
 * neglected period gets one record: its place on the {@link NeglectLadder} decides between a
 * reminder and a statement of days without benefit, with the text of {@link BenefitStatements}. A
 * customer with no unemployment benefit gets reminders only: there is no payer to address.
 */
@ApplicationScoped
public class CaseFile {

    /** Statements go to Kela and the funds in Finnish. */
    static final Locale STATEMENT_LANGUAGE = Locale.forLanguageTag("fi");

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    NeglectLadder ladder;

    @Inject
    ServiceRuleSettings settings;

    private int horizonMonths = 12;

    protected CaseFile() {}

    /** For use outside the container, with an entity manager the caller controls. */
    public CaseFile(EntityManager em, Clock clock, NeglectLadder ladder, int horizonMonths) {
        this.em = em;
        this.clock = clock;
        this.ladder = ladder;
        this.horizonMonths = horizonMonths;
    }

    private int horizonMonths() {
        return settings == null ? horizonMonths : settings.scheduleHorizonMonths();
    }

    private Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The days the services record at all: from 1992 (the calendar's first year) to 2100. */
    static final LocalDate FIRST_DAY = LocalDate.of(FinnishCalendar.FIRST_YEAR, 1, 1);

    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    static void checkDay(String field, LocalDate day, InvalidInputException.Collector errors) {
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            errors.add(field, "services.date.outOfRange", FIRST_DAY, LAST_DAY);
        }
    }

    // ---------------------------------------------------------------- catalogue

    public List<CatalogueEntry> catalogue() {
        return em
                .createQuery("select s from CatalogueService s order by s.sortOrder, s.code", CatalogueService.class)
                .getResultList()
                .stream()
                .map(CaseFile::entry)
                .toList();
    }

    private static CatalogueEntry entry(CatalogueService s) {
        return new CatalogueEntry(s.code(), s.nameFi(), s.nameSv(), s.nameEn(), s.activeService(), s.available());
    }

    // ---------------------------------------------------------------- plans

    public List<PlanView> plans(CustomerInCare customer) {
        return em
                .createQuery("select p from Plan p where p.jobSeekerId = :id order by p.id", Plan.class)
                .setParameter("id", customer.jobSeekerId())
                .getResultList()
                .stream()
                .map(plan -> view(plan, customer))
                .toList();
    }

    public PlanView plan(CustomerInCare customer, long planId) {
        return view(planOf(customer, planId), customer);
    }

    public List<PlanVersionView> versions(CustomerInCare customer, long planId) {
        Plan plan = planOf(customer, planId);
        return em
                .createQuery(
                        "select v from PlanVersion v where v.planId = :plan order by v.versionNumber",
                        PlanVersion.class)
                .setParameter("plan", plan.id())
                .getResultList()
                .stream()
                .map(CaseFile::view)
                .toList();
    }

    /** Makes a plan with its first version, made by the body responsible for the customer now. */
    public PlanView makePlan(CustomerInCare customer, PlanRequest request, String by) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.kind() == null) {
            errors.add("kind", "jakarta.validation.constraints.NotNull.message");
        }
        ApplicationRequirement requirement = checkPlan(customer, request, errors);
        ResponsibleBody body = customer.responsibleBody();
        Plan plan = new Plan(customer.jobSeekerId(), request.kind(), body.type(), body.key(), now());
        em.persist(plan);
        em.flush();
        addVersion(plan, customer, request, requirement, by);
        return view(plan, customer);
    }

    /**
     * Adds a version to a plan.
     *
     * @throws ConflictException when the request's version is not the latest, now or at commit
     */
    public PlanView updatePlan(CustomerInCare customer, long planId, PlanRequest request, String by) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.version() == null) {
            errors.add("version", "jakarta.validation.constraints.NotNull.message");
        }
        Plan plan = planOf(customer, planId);
        if (request.kind() != null && request.kind() != plan.kind()) {
            errors.add("kind", "services.plan.kindImmutable");
        }
        ApplicationRequirement requirement = checkPlan(customer, request, errors);
        if (plan.latestVersion() != request.version()) {
            throw ConflictException.staleVersion("plan " + planId);
        }
        addVersion(plan, customer, request, requirement, by);
        return view(plan, customer);
    }

    private ApplicationRequirement checkPlan(
            CustomerInCare customer, PlanRequest request, InvalidInputException.Collector errors) {
        LocalDate agreedOn = request.agreedOn();
        checkDay("reviewDue", request.reviewDue(), errors);
        checkDay("layoffStartedOn", request.layoffStartedOn(), errors);
        if (agreedOn != null && agreedOn.isBefore(customer.registeredOn())) {
            errors.add("agreedOn", "services.plan.beforeRegistration", customer.registeredOn());
        }
        if (agreedOn != null && agreedOn.isAfter(today())) {
            errors.add("agreedOn", "jakarta.validation.constraints.PastOrPresent.message");
        }
        if (request.reviewDue() != null
                && agreedOn != null
                && !request.reviewDue().isAfter(agreedOn)) {
            errors.add("reviewDue", "services.plan.reviewAfterAgreement");
        }
        if (request.workSituation() == null
                && (request.agreedApplications() != null
                        || request.reductionReason() != null
                        || request.layoffStartedOn() != null)) {
            errors.add("workSituation", "services.plan.situationRequired");
        }
        errors.throwIfAny();
        if (request.workSituation() == null) {
            return null;
        }
        return ApplicationObligationRules.requirement(new ApplicationObligationTerms(
                request.workSituation(),
                agreedOn,
                request.agreedApplications(),
                request.reductionReason(),
                request.layoffStartedOn()));
    }

    private void addVersion(
            Plan plan, CustomerInCare customer, PlanRequest request, ApplicationRequirement requirement, String by) {
        LocalDate agreedOn = request.agreedOn();
        RuleRegime regime = RegimeSwitch.regimeAfterPlanUpdate(customer.registeredOn(), agreedOn);
        LocalDate reviewDue = request.reviewDue() != null
                ? request.reviewDue()
                : FinnishCalendar.nextWorkingDayOnOrAfter(
                        agreedOn.plusMonths(InterviewScheduler.INTERVIEW_INTERVAL_MONTHS));
        int number = plan.nextVersion(now());
        ResponsibleBody body = customer.responsibleBody();
        em.persist(new PlanVersion(
                plan,
                number,
                agreedOn,
                reviewDue,
                body.type(),
                body.key(),
                regime,
                request.agreedActions().strip(),
                request.workSituation(),
                request.layoffStartedOn(),
                requirement,
                by,
                now()));
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion("plan " + plan.id());
        } catch (PersistenceException e) {
            if (isDuplicate(e)) {
                throw ConflictException.staleVersion("plan " + plan.id());
            }
            throw e;
        }
        redrawSchedule(customer, agreedOn, by);
    }

    private static boolean isDuplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }

    private Plan planOf(CustomerInCare customer, long planId) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null || plan.jobSeekerId() != customer.jobSeekerId()) {
            throw new ResourceNotFoundException("services.plan", planId);
        }
        return plan;
    }

    private PlanVersion latest(Plan plan) {
        return em.createQuery(
                        "select v from PlanVersion v where v.planId = :plan and v.versionNumber = :n",
                        PlanVersion.class)
                .setParameter("plan", plan.id())
                .setParameter("n", plan.latestVersion())
                .getSingleResult();
    }

    private PlanView view(Plan plan, CustomerInCare customer) {
        PlanVersion current = latest(plan);
        ResponsibleBody madeBy = new ResponsibleBody(current.madeByType(), current.madeByKey());
        return new PlanView(
                plan.id(),
                plan.jobSeekerId(),
                plan.kind(),
                new ResponsibleBody(plan.originType(), plan.originKey()),
                !madeBy.equals(customer.responsibleBody()),
                plan.latestVersion(),
                view(current));
    }

    private static PlanVersionView view(PlanVersion v) {
        return new PlanVersionView(
                v.planId(),
                v.versionNumber(),
                v.agreedOn(),
                v.reviewDue(),
                new ResponsibleBody(v.madeByType(), v.madeByKey()),
                v.regime(),
                v.agreedActions(),
                v.workSituation(),
                v.layoffStartedOn(),
                v.requirement(),
                v.recordedBy(),
                v.recordedAt());
    }

    private List<LocalDate> planDays(long jobSeekerId) {
        return em.createQuery(
                        "select v.agreedOn from PlanVersion v where v.jobSeekerId = :id order by v.agreedOn",
                        LocalDate.class)
                .setParameter("id", jobSeekerId)
                .getResultList();
    }

    // ---------------------------------------------------------------- schedule

    /**
     * Draws the calendar again after a plan was made or updated on a day (see the class comment).
     */
    void redrawSchedule(CustomerInCare customer, LocalDate planDay, String by) {
        long id = customer.jobSeekerId();
        List<Appointment> all = appointmentsOf(id);
        Set<String> held = new HashSet<>();
        for (Appointment a : all) {
            if (a.cancelled()) {
                // case history: kept as it is, and its place in the schedule counts as settled
                held.add(a.regime() + "/" + a.kind() + "/" + a.sequence());
                continue;
            }
            if (a.heldOn() == null && a.kind().reviewsPlan() && !a.dueOn().isAfter(planDay)) {
                a.reschedule(a.dueOn(), planDay, by, now());
            }
            if (a.heldOn() != null) {
                held.add(a.regime() + "/" + a.kind() + "/" + a.sequence());
            } else if (a.source() == Appointment.Source.SCHEDULE && a.dueOn().isAfter(planDay)) {
                em.remove(a);
            }
        }
        InterviewSchedule schedule = InterviewScheduler.forCustomer(
                customer.registeredOn(), planDays(id), planDay.plusMonths(horizonMonths()));
        for (ScheduledInterview interview : schedule.interviews()) {
            if (interview.kind() != InterviewKind.INITIAL_INTERVIEW
                    && interview.dueDate().isAfter(planDay)
                    && !held.contains(interview.regime() + "/" + interview.kind() + "/" + interview.sequence())) {
                em.persist(new Appointment(
                        id,
                        interview.kind(),
                        interview.sequence(),
                        interview.regime(),
                        interview.dueDate(),
                        Appointment.Source.SCHEDULE,
                        by,
                        now()));
            }
        }
        em.flush();
    }

    /** When the initial interview of a customer registered on a day is due, by the regime of that day. */
    public static LocalDate initialInterviewDue(LocalDate registeredOn) {
        return InterviewScheduler.schedule(registeredOn, RuleRegime.inForceOn(registeredOn), registeredOn.plusMonths(1))
                .ofKind(InterviewKind.INITIAL_INTERVIEW)
                .get(0)
                .dueDate();
    }

    // ---------------------------------------------------------------- appointments

    private List<Appointment> appointmentsOf(long jobSeekerId) {
        return em.createQuery(
                        "select a from Appointment a where a.jobSeekerId = :id order by a.dueOn, a.id",
                        Appointment.class)
                .setParameter("id", jobSeekerId)
                .getResultList();
    }

    public List<AppointmentView> appointments(CustomerInCare customer, DeadlineClassifier classifier) {
        LocalDate today = today();
        return appointmentsOf(customer.jobSeekerId()).stream()
                .map(a -> view(a, classifier, today))
                .toList();
    }

    public AppointmentView addAppointment(
            CustomerInCare customer, AppointmentRequest request, String by, DeadlineClassifier classifier) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.kind() == null) {
            errors.add("kind", "jakarta.validation.constraints.NotNull.message");
        }
        checkDay("dueOn", request.dueOn(), errors);
        checkDay("heldOn", request.heldOn(), errors);
        if (request.dueOn() != null && request.dueOn().isBefore(customer.registeredOn())) {
            errors.add("dueOn", "services.appointment.beforeRegistration", customer.registeredOn());
        }
        errors.throwIfAny();
        int sequence = 1
                + (int) appointmentsOf(customer.jobSeekerId()).stream()
                        .filter(a -> a.kind() == request.kind())
                        .count();
        RuleRegime regime =
                RegimeSwitch.regimeOn(customer.registeredOn(), planDays(customer.jobSeekerId()), request.dueOn());
        Appointment appointment = new Appointment(
                customer.jobSeekerId(),
                request.kind(),
                sequence,
                regime,
                request.dueOn(),
                Appointment.Source.MANUAL,
                by,
                now());
        appointment.reschedule(request.dueOn(), request.heldOn(), by, now());
        em.persist(appointment);
        em.flush();
        return view(appointment, classifier, today());
    }

    public AppointmentView changeAppointment(
            CustomerInCare customer,
            long appointmentId,
            AppointmentRequest request,
            String by,
            DeadlineClassifier classifier) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.version() == null) {
            errors.add("version", "jakarta.validation.constraints.NotNull.message");
        }
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null || appointment.jobSeekerId() != customer.jobSeekerId()) {
            throw new ResourceNotFoundException("services.appointment", appointmentId);
        }
        if (request.kind() != null && request.kind() != appointment.kind()) {
            errors.add("kind", "services.appointment.kindImmutable");
        }
        checkDay("dueOn", request.dueOn(), errors);
        checkDay("heldOn", request.heldOn(), errors);
        errors.throwIfAny();
        if (appointment.version() != request.version()) {
            throw ConflictException.staleVersion("appointment " + appointmentId);
        }
        if (appointment.cancelled()) {
            throw new ConflictException("appointment-cancelled", "services.appointment.cancelled", appointmentId);
        }
        appointment.reschedule(request.dueOn(), request.heldOn(), by, now());
        flushVersioned("appointment " + appointmentId);
        return view(appointment, classifier, today());
    }

    /**
     * Calls an appointment off with a reason. It stays in the case history as cancelled (never
     * deleted) and leaves the worklists and the open appointments. A held or already cancelled
     * appointment cannot be cancelled (409), nor one changed since the caller read it (409).
     */
    public AppointmentView cancelAppointment(
            CustomerInCare customer,
            long appointmentId,
            AppointmentCancellation request,
            String by,
            DeadlineClassifier classifier) {
        Appointment appointment = em.find(Appointment.class, appointmentId);
        if (appointment == null || appointment.jobSeekerId() != customer.jobSeekerId()) {
            throw new ResourceNotFoundException("services.appointment", appointmentId);
        }
        if (appointment.version() != request.version()) {
            throw ConflictException.staleVersion("appointment " + appointmentId);
        }
        if (appointment.cancelled()) {
            throw new ConflictException("appointment-cancelled", "services.appointment.cancelled", appointmentId);
        }
        if (appointment.heldOn() != null) {
            throw new ConflictException("appointment-held", "services.appointment.held", appointment.heldOn());
        }
        appointment.cancel(request.reason().strip(), by, now());
        flushVersioned("appointment " + appointmentId);
        return view(appointment, classifier, today());
    }

    private static AppointmentView view(Appointment a, DeadlineClassifier classifier, LocalDate today) {
        return new AppointmentView(
                a.id(),
                a.jobSeekerId(),
                a.kind(),
                a.sequence(),
                a.regime(),
                a.dueOn(),
                a.heldOn(),
                a.source() == Appointment.Source.SCHEDULE,
                a.heldOn() == null && !a.cancelled() ? classifier.classify(a.dueOn(), today) : null,
                a.version(),
                a.cancelledAt(),
                a.cancellationReason());
    }

    private void flushVersioned(String what) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(what);
        }
    }

    // ---------------------------------------------------------------- service periods

    public List<ServicePeriodView> servicePeriods(CustomerInCare customer) {
        Map<String, CatalogueService> services = services();
        return em
                .createQuery(
                        "select p from ServicePeriod p where p.jobSeekerId = :id order by p.startDate, p.id",
                        ServicePeriod.class)
                .setParameter("id", customer.jobSeekerId())
                .getResultList()
                .stream()
                .map(p -> view(p, services))
                .toList();
    }

    public ServicePeriodView addServicePeriod(CustomerInCare customer, ServicePeriodRequest request, String by) {
        Map<String, CatalogueService> services = services();
        checkPeriod(request, services, true);
        ServicePeriod period = new ServicePeriod(customer.jobSeekerId(), by, now());
        period.describe(
                request.serviceCode(),
                request.provider().strip(),
                request.status(),
                request.startDate(),
                request.endDate(),
                by,
                now());
        em.persist(period);
        em.flush();
        return view(period, services);
    }

    public ServicePeriodView changeServicePeriod(
            CustomerInCare customer, long periodId, ServicePeriodRequest request, String by) {
        Map<String, CatalogueService> services = services();
        ServicePeriod period = em.find(ServicePeriod.class, periodId);
        if (period == null || period.jobSeekerId() != customer.jobSeekerId()) {
            throw new ResourceNotFoundException("services.servicePeriod", periodId);
        }
        checkPeriod(request, services, !request.serviceCode().equals(period.serviceCode()));
        if (request.version() == null) {
            throw InvalidInputException.of("version", "jakarta.validation.constraints.NotNull.message");
        }
        if (period.version() != request.version()) {
            throw ConflictException.staleVersion("service period " + periodId);
        }
        period.describe(
                request.serviceCode(),
                request.provider().strip(),
                request.status(),
                request.startDate(),
                request.endDate(),
                by,
                now());
        flushVersioned("service period " + periodId);
        return view(period, services);
    }

    private static void checkPeriod(
            ServicePeriodRequest request, Map<String, CatalogueService> services, boolean newService) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        CatalogueService service = services.get(request.serviceCode());
        if (service == null || (newService && !service.available())) {
            errors.add("serviceCode", "services.servicePeriod.unknownService", request.serviceCode());
        }
        checkDay("startDate", request.startDate(), errors);
        checkDay("endDate", request.endDate(), errors);
        if (request.endDate() != null && request.endDate().isBefore(request.startDate())) {
            errors.add("endDate", "services.servicePeriod.endBeforeStart");
        }
        errors.throwIfAny();
    }

    private Map<String, CatalogueService> services() {
        return em.createQuery("select s from CatalogueService s", CatalogueService.class).getResultList().stream()
                .collect(Collectors.toMap(CatalogueService::code, Function.identity()));
    }

    private static ServicePeriodView view(ServicePeriod p, Map<String, CatalogueService> services) {
        CatalogueService service = services.get(p.serviceCode());
        return new ServicePeriodView(
                p.id(),
                p.jobSeekerId(),
                p.serviceCode(),
                service != null && service.activeService(),
                p.provider(),
                p.status(),
                p.startDate(),
                p.endDate(),
                p.version());
    }

    // ---------------------------------------------------------------- job applications

    public JobApplicationsView jobApplications(CustomerInCare customer) {
        long id = customer.jobSeekerId();
        List<ApplicationReport> reports = reportsOf(id);
        ApplicationRequirement requirement =
                obligationInForce(id).map(PlanVersion::requirement).orElse(null);
        List<PeriodEvaluation> periods = requirement == null
                ? List.of()
                : ApplicationObligationRules.evaluate(requirement, applicationDays(reports), today());
        return new JobApplicationsView(
                id,
                requirement,
                reports.stream()
                        .map(r ->
                                new ApplicationReportView(r.month(), r.applications(), r.recordedBy(), r.recordedAt()))
                        .toList(),
                periods,
                statementsOf(id).stream().map(CaseFile::view).toList());
    }

    public void report(CustomerInCare customer, ApplicationReportRequest request, String by) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        checkDay("month", request.month(), errors);
        errors.throwIfAny();
        LocalDate month = request.month().withDayOfMonth(1);
        ApplicationReport report = em.createQuery(
                        "select r from ApplicationReport r where r.jobSeekerId = :id and r.month = :month",
                        ApplicationReport.class)
                .setParameter("id", customer.jobSeekerId())
                .setParameter("month", month)
                .getResultStream()
                .findFirst()
                .orElseGet(() -> {
                    ApplicationReport fresh = new ApplicationReport(customer.jobSeekerId(), month);
                    em.persist(fresh);
                    return fresh;
                });
        report.report(request.applications(), by, now());
        em.flush();
    }

    /**
     * Weighs every neglected period of the obligation in force that has no reminder or statement yet,
     * and records one for each; returns the new records.
     */
    public List<StatementView> reviewObligation(CustomerInCare customer) {
        long id = customer.jobSeekerId();
        PlanVersion version = obligationInForce(id).orElse(null);
        if (version == null) {
            return List.of();
        }
        List<BenefitStatementRecord> records = consequences(
                id,
                version.planId(),
                version.requirement(),
                reportsOf(id),
                statementsOf(id).stream().map(BenefitStatementRecord::periodEnd).toList(),
                benefitOf(customer.unemploymentBenefit()),
                ladder,
                today(),
                now());
        List<StatementView> made = new ArrayList<>();
        for (BenefitStatementRecord record : records) {
            em.persist(record);
            em.flush();
            made.add(view(record));
        }
        return made;
    }

    /**
     * The reminders and statements that the neglected periods of a plan version's obligation call
     * for and do not have yet, in date order (not persisted).
     */
    public static List<BenefitStatementRecord> consequences(
            long jobSeekerId,
            long planId,
            ApplicationRequirement requirement,
            List<ApplicationReport> reports,
            List<LocalDate> recordedPeriodEnds,
            BenefitType benefit,
            NeglectLadder ladder,
            LocalDate today,
            Instant now) {
        List<PeriodEvaluation> evaluations =
                ApplicationObligationRules.evaluate(requirement, applicationDays(reports), today);
        Set<LocalDate> recorded = new HashSet<>(recordedPeriodEnds);
        Set<LocalDate> neglectDays = new HashSet<>(recorded);
        neglectDays.addAll(ApplicationObligationRules.neglectDays(evaluations));
        List<BenefitStatementRecord> made = new ArrayList<>();
        for (PeriodEvaluation evaluation : evaluations) {
            LocalDate day = evaluation.period().end();
            if (evaluation.outcome() != PeriodEvaluation.Outcome.NEGLECTED || recorded.contains(day)) {
                continue;
            }
            List<LocalDate> earlier =
                    neglectDays.stream().filter(d -> d.isBefore(day)).toList();
            NeglectConsequence consequence = ladder.consequenceOf(day, earlier);
            if (consequence.kind() == NeglectConsequence.Kind.REMINDER || benefit == null) {
                NeglectConsequence reminder =
                        new NeglectConsequence(day, consequence.neglectNumber(), NeglectConsequence.Kind.REMINDER, 0);
                String text = BenefitStatements.reminderText(
                        evaluation,
                        new NeglectConsequence(day, 1, NeglectConsequence.Kind.REMINDER, 0),
                        STATEMENT_LANGUAGE);
                made.add(record(jobSeekerId, planId, evaluation, reminder, null, text, now));
            } else {
                BenefitStatement statement =
                        BenefitStatements.statement(evaluation, consequence, benefit, ladder.policy());
                made.add(record(
                        jobSeekerId,
                        planId,
                        evaluation,
                        consequence,
                        benefit,
                        BenefitStatements.text(statement, STATEMENT_LANGUAGE),
                        now));
            }
        }
        return made;
    }

    private static BenefitStatementRecord record(
            long id,
            long planId,
            PeriodEvaluation evaluation,
            NeglectConsequence consequence,
            BenefitType benefit,
            String text,
            Instant now) {
        return new BenefitStatementRecord(
                id,
                planId,
                evaluation.period().start(),
                evaluation.period().end(),
                evaluation.period().required(),
                evaluation.reported(),
                consequence,
                benefit,
                STATEMENT_LANGUAGE.getLanguage(),
                text,
                now);
    }

    public StatementView markSent(CustomerInCare customer, long statementId) {
        BenefitStatementRecord record = em.find(BenefitStatementRecord.class, statementId);
        if (record == null || record.jobSeekerId() != customer.jobSeekerId()) {
            throw new ResourceNotFoundException("services.statement", statementId);
        }
        if (record.sentAt() == null) {
            record.markSent(now());
            em.flush();
        }
        return view(record);
    }

    /** The benefit type behind the clients module's benefit; null for none. */
    static BenefitType benefitOf(UnemploymentBenefit benefit) {
        if (benefit == null) {
            return null;
        }
        return switch (benefit) {
            case EARNINGS_RELATED -> BenefitType.EARNINGS_RELATED_ALLOWANCE;
            case BASIC_ALLOWANCE -> BenefitType.BASIC_ALLOWANCE;
            case LABOUR_MARKET_SUBSIDY -> BenefitType.LABOUR_MARKET_SUBSIDY;
            case NONE -> null;
        };
    }

    /** The customers whose plan in force sets a job-application obligation. */
    public Set<Long> customersUnderObligation() {
        return em.createQuery(
                        "select distinct v.jobSeekerId from PlanVersion v, Plan p where p.id = v.planId"
                                + " and v.versionNumber = p.latestVersion and v.applicationsPerPeriod is not null",
                        Long.class)
                .getResultStream()
                .collect(Collectors.toSet());
    }

    /** The latest plan version, of any plan, that sets a job-application obligation. */
    private java.util.Optional<PlanVersion> obligationInForce(long jobSeekerId) {
        return em.createQuery(
                        "select v from PlanVersion v, Plan p where p.id = v.planId and v.versionNumber = p.latestVersion"
                                + " and v.jobSeekerId = :id and v.applicationsPerPeriod is not null"
                                + " order by v.agreedOn desc, v.id desc",
                        PlanVersion.class)
                .setParameter("id", jobSeekerId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private List<ApplicationReport> reportsOf(long jobSeekerId) {
        return em.createQuery(
                        "select r from ApplicationReport r where r.jobSeekerId = :id order by r.month",
                        ApplicationReport.class)
                .setParameter("id", jobSeekerId)
                .getResultList();
    }

    private List<BenefitStatementRecord> statementsOf(long jobSeekerId) {
        return em.createQuery(
                        "select s from BenefitStatementRecord s where s.jobSeekerId = :id order by s.periodEnd",
                        BenefitStatementRecord.class)
                .setParameter("id", jobSeekerId)
                .getResultList();
    }

    /** Each reported application, dated on the last day of its month. */
    static List<LocalDate> applicationDays(List<ApplicationReport> reports) {
        List<LocalDate> days = new ArrayList<>();
        for (ApplicationReport report : reports) {
            LocalDate end = report.month().plusMonths(1).minusDays(1);
            for (int i = 0; i < report.applications(); i++) {
                days.add(end);
            }
        }
        return days;
    }

    private static StatementView view(BenefitStatementRecord s) {
        return new StatementView(
                s.id(),
                s.periodStart(),
                s.periodEnd(),
                s.required(),
                s.reported(),
                s.neglectNumber(),
                s.kind(),
                s.daysWithoutBenefit(),
                s.addressedTo(),
                s.text(),
                s.createdAt(),
                s.sentAt());
    }

    // ---------------------------------------------------------------- notes

    public List<CaseNoteView> notes(CustomerInCare customer) {
        return em
                .createQuery(
                        "select n from CaseNote n where n.jobSeekerId = :id order by n.writtenAt desc, n.id desc",
                        CaseNote.class)
                .setParameter("id", customer.jobSeekerId())
                .getResultList()
                .stream()
                .map(CaseFile::view)
                .toList();
    }

    public CaseNoteView addNote(CustomerInCare customer, CaseNoteRequest request, String by) {
        CaseNote note = new CaseNote(
                customer.jobSeekerId(), request.topic(), request.body().strip(), by, now());
        em.persist(note);
        em.flush();
        return view(note);
    }

    public CaseNoteView changeNote(CustomerInCare customer, long noteId, CaseNoteRequest request, String by) {
        CaseNote note = em.find(CaseNote.class, noteId);
        if (note == null || note.jobSeekerId() != customer.jobSeekerId()) {
            throw new ResourceNotFoundException("services.caseNote", noteId);
        }
        if (request.version() == null) {
            throw InvalidInputException.of("version", "jakarta.validation.constraints.NotNull.message");
        }
        if (note.version() != request.version()) {
            throw ConflictException.staleVersion("note " + noteId);
        }
        note.rewrite(request.topic(), request.body().strip(), by, now());
        flushVersioned("note " + noteId);
        return view(note);
    }

    private static CaseNoteView view(CaseNote n) {
        return new CaseNoteView(
                n.id(), n.jobSeekerId(), n.topic(), n.body(), n.writtenBy(), n.writtenAt(), n.updatedAt(), n.version());
    }
}
