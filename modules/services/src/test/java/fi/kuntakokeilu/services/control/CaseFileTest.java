package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ProblemException;
import fi.kuntakokeilu.services.ApplicationReportRequest;
import fi.kuntakokeilu.services.AppointmentCancellation;
import fi.kuntakokeilu.services.AppointmentRequest;
import fi.kuntakokeilu.services.AppointmentView;
import fi.kuntakokeilu.services.CaseNoteRequest;
import fi.kuntakokeilu.services.CaseNoteView;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.NeglectConsequence;
import fi.kuntakokeilu.services.NoteTopic;
import fi.kuntakokeilu.services.PlanKind;
import fi.kuntakokeilu.services.PlanRequest;
import fi.kuntakokeilu.services.PlanView;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.ServicePeriodRequest;
import fi.kuntakokeilu.services.ServicePeriodStatus;
import fi.kuntakokeilu.services.StatementView;
import fi.kuntakokeilu.services.WorkSituation;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A customer's services against a real MariaDB: plans and versions, the interview schedules of both
 * rule regimes on real calendars (domain.md, "Service obligations"), inherited office plans after a
 * transfer (Act 1269/2020: plans stay binding until reviewed), stale versions, and the neglect
 * ladder of the job-application obligation (Unemployment Security Act 1290/2002 ch. 2a).
 */
class CaseFileTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("services");

    static final Clock CLOCK = Clock.fixed(Instant.parse("2023-01-10T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
    static final ResponsibleBody UUSIMAA = ResponsibleBody.office("uusimaa");
    static final ResponsibleBody HELSINKI = ResponsibleBody.area("helsinki");
    private static final AtomicLong IDS = new AtomicLong(10_000);

    private <T> T with(Function<CaseFile, T> work) {
        return db.inTransaction(em -> work.apply(new CaseFile(em, CLOCK, NeglectLadder.withDefaults(), 12)));
    }

    static CustomerInCare customer(LocalDate registeredOn, ResponsibleBody body) {
        return customer(IDS.incrementAndGet(), registeredOn, body, UnemploymentBenefit.LABOUR_MARKET_SUBSIDY);
    }

    static CustomerInCare customer(long id, LocalDate registeredOn, ResponsibleBody body, UnemploymentBenefit benefit) {
        return new CustomerInCare(
                id, "Aino", "Testinen", registeredOn, LabourMarketStatus.UNEMPLOYED, benefit, body, registeredOn);
    }

    static PlanRequest plan(LocalDate agreedOn) {
        return new PlanRequest(
                PlanKind.EMPLOYMENT_PLAN, agreedOn, null, "Applies for warehouse work", null, null, null, null, null);
    }

    static PlanRequest update(LocalDate agreedOn, int version) {
        return new PlanRequest(null, agreedOn, null, "Starts a work trial", null, null, null, null, version);
    }

    private List<AppointmentView> appointments(CustomerInCare customer) {
        return with(f -> f.appointments(customer, DeadlineClassifier.withDefaults()));
    }

    private static List<LocalDate> due(List<AppointmentView> appointments, InterviewKind kind) {
        return appointments.stream()
                .filter(a -> a.kind() == kind)
                .map(AppointmentView::dueOn)
                .toList();
    }

    @Test
    void dueTheInitialInterviewOfAThursdayRegistrationOnTheFifthWorkingDaySkippingChristmas() {
        // Registered Thursday 22.12.2022; Christmas Eve, Christmas Day and Boxing Day (24–26.12) and the
        // weekend are no working days: 23, 27, 28, 29, 30 December.
        assertThat(CaseFile.initialInterviewDue(LocalDate.of(2022, 12, 22))).isEqualTo(LocalDate.of(2022, 12, 30));
        // Before 2.5.2022: within two weeks.
        assertThat(CaseFile.initialInterviewDue(LocalDate.of(2021, 5, 3))).isEqualTo(LocalDate.of(2021, 5, 17));
    }

    @Test
    void givesACustomerRegisteredOn3May2021TheTwoWeekAndThreeMonthSchedule() {
        CustomerInCare customer = customer(LocalDate.of(2021, 5, 3), HELSINKI);

        PlanView plan = with(f -> f.makePlan(customer, plan(LocalDate.of(2021, 5, 12)), "caseworker"));

        List<AppointmentView> appointments = appointments(customer);
        assertThat(plan.current().regime()).isEqualTo(RuleRegime.BEFORE_NORDIC_MODEL);
        assertThat(plan.current().reviewDue()).isEqualTo(LocalDate.of(2021, 8, 12));
        assertThat(appointments).allMatch(a -> a.regime() == RuleRegime.BEFORE_NORDIC_MODEL);
        assertThat(due(appointments, InterviewKind.JOB_SEARCH_DISCUSSION)).isEmpty();
        assertThat(due(appointments, InterviewKind.INITIAL_INTERVIEW)).isEmpty();
        assertThat(due(appointments, InterviewKind.JOB_SEEKER_INTERVIEW))
                .startsWith(LocalDate.of(2021, 8, 3), LocalDate.of(2021, 11, 3), LocalDate.of(2022, 2, 3));
    }

    @Test
    void givesACustomerRegisteredOn2May2022TheNordicScheduleWithTheIntensivePeriod() {
        CustomerInCare customer = customer(LocalDate.of(2022, 5, 2), HELSINKI);

        PlanView plan = with(f -> f.makePlan(customer, plan(LocalDate.of(2022, 5, 6)), "caseworker"));

        List<AppointmentView> appointments = appointments(customer);
        assertThat(plan.current().regime()).isEqualTo(RuleRegime.NORDIC_MODEL);
        assertThat(due(appointments, InterviewKind.JOB_SEARCH_DISCUSSION))
                .containsExactly(
                        LocalDate.of(2022, 5, 23),
                        LocalDate.of(2022, 6, 6),
                        LocalDate.of(2022, 6, 20),
                        LocalDate.of(2022, 7, 4),
                        LocalDate.of(2022, 7, 18));
        assertThat(due(appointments, InterviewKind.JOB_SEEKER_INTERVIEW))
                .startsWith(LocalDate.of(2022, 8, 2), LocalDate.of(2022, 11, 2));
        // After six months of job search (2.11.2022) a one-month intensive period with two extra discussions.
        assertThat(due(appointments, InterviewKind.INTENSIVE_PERIOD_DISCUSSION))
                .hasSize(2)
                .allMatch(day -> day.isAfter(LocalDate.of(2022, 11, 2)) && day.isBefore(LocalDate.of(2022, 12, 2)));
    }

    @Test
    void switchesAnEarlierCustomerToTheNordicModelAtTheirFirstPlanUpdateFrom2May2022() {
        CustomerInCare customer = customer(LocalDate.of(2021, 9, 1), HELSINKI);
        PlanView first = with(f -> f.makePlan(customer, plan(LocalDate.of(2021, 9, 10)), "caseworker"));

        PlanView updated =
                with(f -> f.updatePlan(customer, first.id(), update(LocalDate.of(2022, 6, 1), 1), "caseworker"));

        assertThat(updated.current().regime()).isEqualTo(RuleRegime.NORDIC_MODEL);
        assertThat(appointments(customer))
                .filteredOn(a -> a.dueOn().isAfter(LocalDate.of(2022, 6, 1)))
                .isNotEmpty()
                .allMatch(a -> a.regime() == RuleRegime.NORDIC_MODEL);
        assertThat(appointments(customer))
                .filteredOn(a -> a.kind() == InterviewKind.JOB_SEEKER_INTERVIEW
                        && !a.dueOn().isAfter(LocalDate.of(2022, 6, 1)))
                .allMatch(a -> a.heldOn() != null || a.dueOn().isBefore(LocalDate.of(2022, 6, 1)));
    }

    @Test
    void showsAnOfficePlanAsInheritedAfterATransferUntilTheAreaReviewsIt() {
        long id = IDS.incrementAndGet();
        LocalDate registered = LocalDate.of(2021, 2, 1);
        CustomerInCare atOffice = customer(id, registered, UUSIMAA, UnemploymentBenefit.LABOUR_MARKET_SUBSIDY);
        PlanView made = with(f -> f.makePlan(atOffice, plan(LocalDate.of(2021, 2, 10)), "office.uusimaa"));
        assertThat(made.inherited()).isFalse();

        // Transferred to Helsinki's trial area on 1.3.2021: the office plan stays binding.
        CustomerInCare inArea = customer(id, registered, HELSINKI, UnemploymentBenefit.LABOUR_MARKET_SUBSIDY);
        PlanView inherited = with(f -> f.plan(inArea, made.id()));
        assertThat(inherited.inherited()).isTrue();
        assertThat(inherited.origin()).isEqualTo(UUSIMAA);
        assertThat(inherited.current().madeBy()).isEqualTo(UUSIMAA);

        PlanView reviewed =
                with(f -> f.updatePlan(inArea, made.id(), update(LocalDate.of(2021, 3, 15), 1), "caseworker"));
        assertThat(reviewed.inherited()).isFalse();
        assertThat(reviewed.origin()).isEqualTo(UUSIMAA);
        assertThat(reviewed.current().madeBy()).isEqualTo(HELSINKI);
        assertThat(versions(inArea, made.id()))
                .extracting(v -> v.versionNumber() + " " + v.madeBy())
                .containsExactly("1 EMPLOYMENT_OFFICE:uusimaa", "2 TRIAL_AREA:helsinki");
    }

    @Test
    void refusesAnUpdateToAStaleVersionAndKeepsEveryVersionReadable() {
        CustomerInCare customer = customer(LocalDate.of(2022, 8, 1), HELSINKI);
        PlanView made = with(f -> f.makePlan(customer, plan(LocalDate.of(2022, 8, 3)), "caseworker"));
        with(f -> f.updatePlan(customer, made.id(), update(LocalDate.of(2022, 9, 1), 1), "caseworker.one"));

        assertThatThrownBy(() -> with(
                        f -> f.updatePlan(customer, made.id(), update(LocalDate.of(2022, 9, 2), 1), "caseworker.two")))
                .isInstanceOf(ConflictException.class);
        assertThat(versions(customer, made.id()))
                .extracting(v -> v.versionNumber() + " " + v.recordedBy())
                .containsExactly("1 caseworker", "2 caseworker.one");
    }

    // ---------------------------------------------------------------- cancelling appointments

    private AppointmentView book(CustomerInCare customer, InterviewKind kind, LocalDate due) {
        return with(f -> f.addAppointment(
                customer,
                new AppointmentRequest(kind, due, null, null),
                "caseworker",
                DeadlineClassifier.withDefaults()));
    }

    private AppointmentView cancel(CustomerInCare customer, AppointmentView appointment, long version, String reason) {
        return with(f -> f.cancelAppointment(
                customer,
                appointment.id(),
                new AppointmentCancellation(reason, version),
                "caseworker.two",
                DeadlineClassifier.withDefaults()));
    }

    private static String slug(Throwable thrown) {
        return ((ProblemException) thrown).slug();
    }

    @Test
    void keepsACancelledAppointmentInTheCaseHistoryWithItsReasonAndNoDeadline() {
        CustomerInCare customer = customer(LocalDate.of(2022, 11, 1), HELSINKI);
        AppointmentView booked = book(customer, InterviewKind.JOB_SEEKER_INTERVIEW, LocalDate.of(2023, 1, 12));

        AppointmentView cancelled = cancel(customer, booked, booked.version(), "  Asiakas sairastui  ");

        assertThat(cancelled.cancelled()).isTrue();
        assertThat(cancelled.cancellationReason()).isEqualTo("Asiakas sairastui");
        assertThat(cancelled.cancelledAt()).isEqualTo(CLOCK.instant());
        assertThat(cancelled.status()).isNull();
        assertThat(cancelled.version()).isGreaterThan(booked.version());
        // never deleted: the customer's appointments still list it, as cancelled
        assertThat(appointments(customer))
                .filteredOn(a -> a.id() == booked.id())
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.cancelled()).isTrue();
                    assertThat(a.cancellationReason()).isEqualTo("Asiakas sairastui");
                });
    }

    @Test
    void refusesToCancelAStaleVersionAHeldOrAnAlreadyCancelledAppointmentAndToChangeACancelledOne() {
        CustomerInCare customer = customer(LocalDate.of(2022, 11, 1), HELSINKI);
        AppointmentView booked = book(customer, InterviewKind.JOB_SEEKER_INTERVIEW, LocalDate.of(2023, 1, 20));
        AppointmentView moved = with(f -> f.changeAppointment(
                customer,
                booked.id(),
                new AppointmentRequest(null, LocalDate.of(2023, 1, 25), null, booked.version()),
                "caseworker.one",
                DeadlineClassifier.withDefaults()));

        // read before the move: someone else changed it since (409, stale version)
        assertThatThrownBy(() -> cancel(customer, booked, booked.version(), "Päällekkäinen varaus"))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(slug(e)).isEqualTo("stale-version"));
        assertThat(appointments(customer))
                .filteredOn(a -> a.id() == booked.id())
                .singleElement()
                .satisfies(a -> assertThat(a.cancelled()).isFalse());

        AppointmentView cancelled = cancel(customer, moved, moved.version(), "Päällekkäinen varaus");
        assertThatThrownBy(() -> cancel(customer, cancelled, cancelled.version(), "Uudestaan"))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(slug(e)).isEqualTo("appointment-cancelled"));
        assertThatThrownBy(() -> with(f -> f.changeAppointment(
                        customer,
                        cancelled.id(),
                        new AppointmentRequest(null, LocalDate.of(2023, 1, 30), null, cancelled.version()),
                        "caseworker.one",
                        DeadlineClassifier.withDefaults())))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(slug(e)).isEqualTo("appointment-cancelled"));

        AppointmentView held = with(f -> f.addAppointment(
                customer,
                new AppointmentRequest(
                        InterviewKind.JOB_SEEKER_INTERVIEW, LocalDate.of(2023, 1, 9), LocalDate.of(2023, 1, 9), null),
                "caseworker",
                DeadlineClassifier.withDefaults()));
        assertThatThrownBy(() -> cancel(customer, held, held.version(), "Myöhässä"))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(slug(e)).isEqualTo("appointment-held"));
    }

    @Test
    void answersAnotherCustomersAppointmentAsNotFoundWhenCancelling() {
        CustomerInCare customer = customer(LocalDate.of(2022, 11, 1), HELSINKI);
        CustomerInCare other = customer(LocalDate.of(2022, 11, 1), HELSINKI);
        AppointmentView booked = book(customer, InterviewKind.JOB_SEEKER_INTERVIEW, LocalDate.of(2023, 1, 20));

        assertThatThrownBy(() -> cancel(other, booked, booked.version(), "Väärä asiakas"))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(404));
    }

    @Test
    void keepsACancelledScheduledInterviewWhenAPlanUpdateRedrawsTheSchedule() {
        CustomerInCare customer = customer(LocalDate.of(2021, 5, 3), HELSINKI);
        PlanView made = with(f -> f.makePlan(customer, plan(LocalDate.of(2021, 5, 12)), "caseworker"));
        AppointmentView first = appointments(customer).stream()
                .filter(a -> a.scheduled() && a.dueOn().equals(LocalDate.of(2021, 8, 3)))
                .findFirst()
                .orElseThrow();
        cancel(customer, first, first.version(), "Asiakas muutti");

        // A plan update before the interview's day redraws the schedule after it.
        with(f -> f.updatePlan(customer, made.id(), update(LocalDate.of(2021, 6, 1), 1), "caseworker"));

        List<AppointmentView> after = appointments(customer);
        assertThat(after).filteredOn(a -> a.id() == first.id()).singleElement().satisfies(a -> {
            assertThat(a.cancelled()).isTrue();
            assertThat(a.heldOn()).isNull();
        });
        assertThat(after)
                .filteredOn(a -> !a.cancelled()
                        && a.kind() == first.kind()
                        && a.regime() == first.regime()
                        && a.sequence() == first.sequence())
                .isEmpty();
    }

    @Test
    void answersAnotherCustomersPlanAsNotFound() {
        CustomerInCare owner = customer(LocalDate.of(2022, 8, 1), HELSINKI);
        CustomerInCare other = customer(LocalDate.of(2022, 8, 1), HELSINKI);
        PlanView made = with(f -> f.makePlan(owner, plan(LocalDate.of(2022, 8, 3)), "caseworker"));

        assertThatThrownBy(() -> with(f -> f.plan(other, made.id())))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void namesTheFieldsOfAPlanThatCannotBe() {
        CustomerInCare customer = customer(LocalDate.of(2022, 8, 1), HELSINKI);
        PlanRequest bad = new PlanRequest(
                null, LocalDate.of(2022, 7, 1), LocalDate.of(2022, 6, 1), "x", null, 2, null, null, null);

        assertThatThrownBy(() -> with(f -> f.makePlan(customer, bad, "caseworker")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::field)
                        .containsExactlyInAnyOrder("kind", "agreedOn", "reviewDue", "workSituation"));
    }

    @Test
    void answersNeglectsWithAReminderThenSevenAndFourteenDayStatementsToKela() {
        CustomerInCare customer = customer(LocalDate.of(2022, 5, 20), HELSINKI);
        PlanRequest withObligation = new PlanRequest(
                PlanKind.EMPLOYMENT_PLAN,
                LocalDate.of(2022, 6, 1),
                null,
                "Four applications a month",
                WorkSituation.UNEMPLOYED,
                null,
                null,
                null,
                null);
        with(f -> f.makePlan(customer, withObligation, "caseworker"));
        report(customer, LocalDate.of(2022, 6, 1), 4);
        report(customer, LocalDate.of(2022, 7, 1), 1);
        report(customer, LocalDate.of(2022, 8, 1), 0);
        report(customer, LocalDate.of(2022, 9, 1), 2);
        report(customer, LocalDate.of(2022, 10, 1), 5);
        report(customer, LocalDate.of(2022, 11, 1), 4);
        report(customer, LocalDate.of(2022, 12, 1), 6);

        List<StatementView> made = with(f -> f.reviewObligation(customer));
        List<StatementView> again = with(f -> f.reviewObligation(customer));

        assertThat(made)
                .extracting(s -> s.periodEnd() + " " + s.kind() + " " + s.daysWithoutBenefit() + " " + s.addressedTo())
                .containsExactly(
                        "2022-07-31 REMINDER 0 null",
                        "2022-08-31 BENEFIT_STATEMENT 7 KELA",
                        "2022-09-30 BENEFIT_STATEMENT 14 KELA");
        assertThat(made.get(1).text()).contains("7", "Kela", "1.8.2022–31.8.2022");
        assertThat(again).isEmpty();
        assertThat(db.count(
                        "select count(*) from svc_benefit_statement where job_seeker_id = ?", customer.jobSeekerId()))
                .isEqualTo(3);
    }

    @Test
    void findsEveryCustomerWhosePlanInForceSetsAnObligationForTheNightlyReview() {
        CustomerInCare obliged = customer(LocalDate.of(2022, 5, 20), HELSINKI);
        CustomerInCare released = customer(LocalDate.of(2022, 5, 20), HELSINKI);
        PlanRequest withObligation = new PlanRequest(
                PlanKind.EMPLOYMENT_PLAN,
                LocalDate.of(2022, 6, 1),
                null,
                "Four applications a month",
                WorkSituation.UNEMPLOYED,
                null,
                null,
                null,
                null);
        with(f -> f.makePlan(obliged, withObligation, "caseworker"));
        PlanView plan = with(f -> f.makePlan(released, withObligation, "caseworker"));
        // The latest version of the second customer's plan sets no obligation any more.
        with(f -> f.updatePlan(released, plan.id(), update(LocalDate.of(2022, 9, 1), 1), "caseworker"));

        java.util.Set<Long> underObligation = with(CaseFile::customersUnderObligation);

        assertThat(underObligation).contains(obliged.jobSeekerId()).doesNotContain(released.jobSeekerId());
    }

    @Test
    void remindsACustomerWithoutBenefitButAddressesNoStatement() {
        CustomerInCare customer =
                customer(IDS.incrementAndGet(), LocalDate.of(2022, 5, 20), HELSINKI, UnemploymentBenefit.NONE);
        with(f -> f.makePlan(
                customer,
                new PlanRequest(
                        PlanKind.EMPLOYMENT_PLAN,
                        LocalDate.of(2022, 6, 1),
                        null,
                        "Applications",
                        WorkSituation.UNEMPLOYED,
                        null,
                        null,
                        null,
                        null),
                "caseworker"));

        List<StatementView> made = with(f -> f.reviewObligation(customer));

        assertThat(made)
                .isNotEmpty()
                .allMatch(s -> s.kind() == NeglectConsequence.Kind.REMINDER && s.addressedTo() == null);
        assertThat(made).extracting(StatementView::neglectNumber).startsWith(1, 2, 3);
    }

    @Test
    void refusesAStaleChangeOfANoteAndOfAServicePeriod() {
        CustomerInCare customer = customer(LocalDate.of(2022, 8, 1), HELSINKI);
        CaseNoteView note = with(
                f -> f.addNote(customer, new CaseNoteRequest(NoteTopic.CONTACT, "<b>Called</b>", null), "caseworker"));
        CaseNoteView changed = with(f -> f.changeNote(
                customer,
                note.id(),
                new CaseNoteRequest(NoteTopic.CONTACT, "Called twice", note.version()),
                "caseworker"));
        var period = with(f -> f.addServicePeriod(
                customer,
                new ServicePeriodRequest(
                        "WORK_TRIAL",
                        "Helsingin kaupunki",
                        ServicePeriodStatus.PLANNED,
                        LocalDate.of(2022, 9, 1),
                        null,
                        null),
                "caseworker"));

        assertThat(changed.version()).isGreaterThan(note.version());
        assertThat(notes(customer)).singleElement().satisfies(n -> assertThat(n.body())
                .isEqualTo("Called twice"));
        assertThatThrownBy(() -> with(f -> f.changeNote(
                        customer,
                        note.id(),
                        new CaseNoteRequest(NoteTopic.CONTACT, "Lost update", note.version()),
                        "caseworker")))
                .isInstanceOf(ConflictException.class);
        assertThat(period.activeService()).isTrue();
        assertThatThrownBy(() -> with(f -> f.changeServicePeriod(
                        customer,
                        period.id(),
                        new ServicePeriodRequest(
                                "WORK_TRIAL",
                                "Helsingin kaupunki",
                                ServicePeriodStatus.ONGOING,
                                LocalDate.of(2022, 9, 1),
                                null,
                                period.version() + 1),
                        "caseworker")))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> with(f -> f.addServicePeriod(
                        customer,
                        new ServicePeriodRequest(
                                "NO_SUCH", "x", ServicePeriodStatus.PLANNED, LocalDate.of(2022, 9, 1), null, null),
                        "caseworker")))
                .isInstanceOf(InvalidInputException.class);
    }

    private List<fi.kuntakokeilu.services.PlanVersionView> versions(CustomerInCare customer, long planId) {
        return with(f -> f.versions(customer, planId));
    }

    private List<CaseNoteView> notes(CustomerInCare customer) {
        return with(f -> f.notes(customer));
    }

    private void report(CustomerInCare customer, LocalDate month, int applications) {
        db.run(em -> new CaseFile(em, CLOCK, NeglectLadder.withDefaults(), 12)
                .report(customer, new ApplicationReportRequest(month, applications), "caseworker"));
    }
}
