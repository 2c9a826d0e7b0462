package fi.kuntakokeilu.services.control;

import static fi.kuntakokeilu.services.control.CaseFileTest.CLOCK;
import static fi.kuntakokeilu.services.control.CaseFileTest.HELSINKI;
import static fi.kuntakokeilu.services.control.CaseFileTest.UUSIMAA;
import static fi.kuntakokeilu.services.control.CaseFileTest.customer;
import static fi.kuntakokeilu.services.control.CaseFileTest.plan;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderStatus;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.services.AppointmentCancellation;
import fi.kuntakokeilu.services.AppointmentRequest;
import fi.kuntakokeilu.services.AppointmentView;
import fi.kuntakokeilu.services.DeadlineStatus;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.ServicePeriodRequest;
import fi.kuntakokeilu.services.ServicePeriodStatus;
import fi.kuntakokeilu.services.Worklist;
import fi.kuntakokeilu.services.WorklistCount;
import fi.kuntakokeilu.services.WorklistItem;
import fi.kuntakokeilu.services.WorklistKind;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Worklists from a real MariaDB, on 10.1.2023 (domain.md, "Service obligations"). */
class WorklistsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("services");

    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private <T> T with(Function<CaseFile, T> work) {
        return db.inTransaction(em -> work.apply(new CaseFile(em, CLOCK, NeglectLadder.withDefaults(), 12)));
    }

    private Worklist worklist(
            ResponsibleBody body, List<CustomerInCare> customers, List<TransferOrderView> orders, WorklistKind kind) {
        return db.inTransaction(em -> new Worklists(em)
                .worklist(body, customers, orders, TODAY, DeadlineClassifier.withDefaults(), 14, kind, 0, 50));
    }

    private static long count(Worklist worklist, WorklistKind kind, boolean overdue) {
        WorklistCount count = worklist.counts().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow();
        return overdue ? count.overdue() : count.due();
    }

    @Test
    void listsWhatIsDueAndOverdueForAnAreaByDeadline() {
        // Registered 2.1.2023 (Nordic model): initial interview by the fifth working day, 10.1 (6.1 is Epiphany).
        CustomerInCare newcomer = customer(LocalDate.of(2023, 1, 2), HELSINKI);
        // Registered 1.12.2022 with no plan: the initial interview is long overdue.
        CustomerInCare forgotten = customer(LocalDate.of(2022, 12, 1), HELSINKI);
        // A plan made 1.11.2022: the job-search discussions of November and December are overdue.
        CustomerInCare planned = customer(LocalDate.of(2022, 10, 28), HELSINKI);
        with(f -> f.makePlan(planned, plan(LocalDate.of(2022, 11, 1)), "caseworker"));
        // A work trial ending within 14 days, and one ending in a month.
        CustomerInCare inService = customer(LocalDate.of(2022, 10, 28), HELSINKI);
        with(f -> f.makePlan(inService, plan(LocalDate.of(2023, 1, 9)), "caseworker"));
        with(f -> f.addServicePeriod(
                inService,
                new ServicePeriodRequest(
                        "WORK_TRIAL",
                        "Kaupunki",
                        ServicePeriodStatus.ONGOING,
                        TODAY.minusDays(60),
                        TODAY.plusDays(5),
                        null),
                "caseworker"));
        with(f -> f.addServicePeriod(
                inService,
                new ServicePeriodRequest(
                        "COACHING", "Valmentaja Oy", ServicePeriodStatus.ONGOING, TODAY, TODAY.plusDays(30), null),
                "caseworker"));

        Worklist worklist = worklist(HELSINKI, List.of(newcomer, forgotten, planned, inService), List.of(), null);

        assertThat(count(worklist, WorklistKind.INITIAL_INTERVIEW, false)).isEqualTo(1);
        assertThat(count(worklist, WorklistKind.INITIAL_INTERVIEW, true)).isEqualTo(1);
        assertThat(worklist.items().items())
                .filteredOn(i -> i.jobSeekerId() == newcomer.jobSeekerId())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.dueDate()).isEqualTo(LocalDate.of(2023, 1, 10));
                    assertThat(i.status()).isEqualTo(DeadlineStatus.DUE_TODAY);
                });
        assertThat(count(worklist, WorklistKind.INTERVIEW, true)).isPositive();
        assertThat(count(worklist, WorklistKind.SERVICE_ENDING, false)).isEqualTo(1);
        assertThat(count(worklist, WorklistKind.TRANSFER_PENDING, false)).isZero();
        assertThat(worklist.items().items()).extracting(WorklistItem::dueDate).isSorted();
        assertThat(worklist.items().items())
                .noneMatch(i -> i.status() == DeadlineStatus.LATER)
                .noneMatch(
                        i -> i.jobSeekerId() == inService.jobSeekerId() && i.kind() == WorklistKind.INITIAL_INTERVIEW);
        assertThat(worklist.items().total())
                .isEqualTo(worklist.counts().stream()
                        .mapToLong(WorklistCount::total)
                        .sum());
    }

    @Test
    void dropsACancelledInterviewFromTheWorklist() {
        CustomerInCare customer = customer(LocalDate.of(2022, 10, 28), HELSINKI);
        with(f -> f.makePlan(customer, plan(LocalDate.of(2023, 1, 9)), "caseworker"));
        AppointmentView booked = with(f -> f.addAppointment(
                customer,
                new AppointmentRequest(InterviewKind.JOB_SEEKER_INTERVIEW, TODAY, null, null),
                "caseworker",
                DeadlineClassifier.withDefaults()));
        assertThat(worklist(HELSINKI, List.of(customer), List.of(), WorklistKind.INTERVIEW)
                        .items()
                        .items())
                .anyMatch(i -> Long.valueOf(booked.id()).equals(i.subjectId()));

        with(f -> f.cancelAppointment(
                customer,
                booked.id(),
                new AppointmentCancellation("Asiakas aloitti työt", booked.version()),
                "caseworker",
                DeadlineClassifier.withDefaults()));

        Worklist after = worklist(HELSINKI, List.of(customer), List.of(), WorklistKind.INTERVIEW);
        assertThat(after.items().items())
                .noneMatch(i -> Long.valueOf(booked.id()).equals(i.subjectId()));
    }

    @Test
    void showsOfficeStaffTheEntryOrdersWaitingUnderTheSevenDayRule() {
        CustomerInCare customer = customer(LocalDate.of(2023, 1, 5), UUSIMAA);
        TransferOrderView order = new TransferOrderView(
                77,
                customer.jobSeekerId(),
                "Aino Testinen",
                TransferOrderKind.ENTRY,
                TransferOrderStatus.values()[0],
                UUSIMAA,
                new ResponsibleBody(BodyType.TRIAL_AREA, "helsinki"),
                LocalDate.of(2023, 1, 5),
                LocalDate.of(2023, 1, 12),
                1,
                List.of(),
                null,
                null,
                "office",
                null,
                null,
                null,
                null,
                null);

        Worklist office = worklist(UUSIMAA, List.of(customer), List.of(order), WorklistKind.TRANSFER_PENDING);

        assertThat(count(office, WorklistKind.TRANSFER_PENDING, false)).isEqualTo(1);
        assertThat(office.items().items()).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(WorklistKind.TRANSFER_PENDING);
            assertThat(i.dueDate()).isEqualTo(LocalDate.of(2023, 1, 12));
            assertThat(i.lastName()).isEqualTo("Testinen");
        });
        assertThat(office.items().total()).isEqualTo(1);
    }
}
