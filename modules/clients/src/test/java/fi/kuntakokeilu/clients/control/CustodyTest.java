package fi.kuntakokeilu.clients.control;

import static fi.kuntakokeilu.clients.control.Fixtures.ESPOO;
import static fi.kuntakokeilu.clients.control.Fixtures.HELSINKI;
import static fi.kuntakokeilu.clients.control.Fixtures.VAASA;
import static fi.kuntakokeilu.clients.control.Services.code;
import static fi.kuntakokeilu.clients.control.Services.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.DiscretionaryTransferRequest;
import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.JobSeekerSummary;
import fi.kuntakokeilu.clients.KeepRequest;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.SituationChangeRequest;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderStatus;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.clients.TransferView;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.clients.entity.JobSeeker;
import fi.kuntakokeilu.clients.entity.SituationChange;
import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ProblemException;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Registration, changes and one-person transfers against a real MariaDB: the event-driven side of
 * Act 1269/2020 § 5 (entry within 7 days, moves with the home municipality, discretion).
 */
class CustodyTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("clients");

    private static final LocalDate APRIL = LocalDate.of(2021, 4, 6);
    private static final ResponsibleBody UUSIMAA = ResponsibleBody.office("uusimaa");
    private static final ResponsibleBody HELSINKI_AREA = ResponsibleBody.area("helsinki");
    private static final TransferContext CONTEXT = Fixtures.context();

    private <T> T with(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(new Services(em)));
    }

    private long register(JobSeekerRequest request) {
        return with(s -> s.registry.register(request, CONTEXT, "office.uusimaa").id());
    }

    private Custody custody(long id) {
        return with(s -> s.ledger.custody(id, false).orElseThrow());
    }

    private List<TransferOrderView> openOrders(long id) {
        return with(s -> s.ledger.openOrdersOf(List.of(id)));
    }

    private List<TransferView> transfers(long id) {
        return with(s -> s.ledger.transfersOf(id));
    }

    private void change(long id, SituationChangeRequest change) {
        with(s -> s.registry.changeSituation(s.store.find(id).orElseThrow(), change, CONTEXT, "caseworker"));
    }

    /** Registers a Helsinki resident in April 2021 and carries out their entry order: a Helsinki customer. */
    private long helsinkiCustomer(int serial) {
        long id = register(registration(code(serial), HELSINKI, APRIL));
        TransferOrderView order = openOrders(id).get(0);
        with(s -> s.transfers.carryOut(order, APRIL.plusDays(2), "office.uusimaa"));
        return id;
    }

    @Test
    void registersTwoPeopleWhoseCodesDifferOnlyByTheCenturySign() {
        PersonalIdentityCode dash = PersonalIdentityCode.parse("010190-999W");
        PersonalIdentityCode y = PersonalIdentityCode.parse("010190Y999W");

        long first = register(registration(dash, VAASA, APRIL));
        long second = register(registration(y, VAASA, APRIL));

        assertThat(first).isNotEqualTo(second);
        assertThat(db.count(
                        "select count(*) from cli_job_seeker where personal_identity_code in (?, ?)",
                        "010190-999W",
                        "010190Y999W"))
                .isEqualTo(2);
    }

    @Test
    void refusesToRegisterTheSameCodeTwice() {
        register(registration(code(1), VAASA, APRIL));

        assertThatThrownBy(() -> register(registration(code(1), ESPOO, APRIL))).isInstanceOf(ConflictException.class);
    }

    @Test
    void namesEveryFieldAtFaultAtOnce() {
        JobSeekerRequest bad = JobSeekerRequest.of(
                code(2).value(),
                "A",
                "B",
                "198",
                "xx",
                false,
                LabourMarketStatus.UNEMPLOYED,
                UnemploymentBenefit.NONE,
                LocalDate.of(1960, 1, 1));

        assertThatThrownBy(() -> register(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::field)
                        .containsExactlyInAnyOrder("motherTongue", "homeMunicipality", "registeredOn"));
    }

    @Test
    void givesTheOfficeOfTheRegionAPersonRegisteredBeforeTheTrial() {
        long id = register(registration(code(3), HELSINKI, LocalDate.of(2021, 2, 1)));

        assertThat(custody(id).body()).isEqualTo(UUSIMAA);
        assertThat(openOrders(id)).isEmpty();
    }

    @Test
    void ordersANewlyRegisteredPersonInTheTargetGroupToMoveWithinSevenDays() {
        long id = register(registration(code(4), HELSINKI, APRIL));

        // Act 1269/2020 § 5: the office keeps them until the order is carried out, at the latest in 7 days.
        assertThat(custody(id).body()).isEqualTo(UUSIMAA);
        assertThat(openOrders(id)).singleElement().satisfies(order -> {
            assertThat(order.kind()).isEqualTo(TransferOrderKind.ENTRY);
            assertThat(order.to()).isEqualTo(HELSINKI_AREA);
            assertThat(order.deadline()).isEqualTo(APRIL.plusDays(7));
            assertThat(order.ruleVersion()).isEqualTo(1);
        });
    }

    @Test
    void showsAPendingEntryOrderOnTheOfficesWorklistOnly() {
        long id = register(registration(code(5), HELSINKI, APRIL));
        Caller office = new Caller("office.uusimaa", Role.OFFICE_STAFF, Set.of(), "uusimaa", Locale.ENGLISH);
        Caller otherOffice = new Caller("office.pirkanmaa", Role.OFFICE_STAFF, Set.of(), "pirkanmaa", Locale.ENGLISH);

        List<TransferOrderView> ours = with(s -> s.ledger.worklist(office));
        List<TransferOrderView> theirs = with(s -> s.ledger.worklist(otherOffice));

        assertThat(ours).anySatisfy(order -> assertThat(order.jobSeekerId()).isEqualTo(id));
        assertThat(theirs).noneSatisfy(order -> assertThat(order.jobSeekerId()).isEqualTo(id));
    }

    @Test
    void carriesOutAnEntryOrderWhenItsDeadlineComes() {
        long id = register(registration(code(6), HELSINKI, APRIL));

        List<Long> done = with(s -> s.transfers.carryOutDue(APRIL.plusDays(7), "system"));

        assertThat(done).contains(id);
        assertThat(custody(id).body()).isEqualTo(HELSINKI_AREA);
        assertThat(transfers(id)).singleElement().satisfies(transfer -> {
            assertThat(transfer.legalBasis()).isEqualTo(LegalBasis.ENTERED_TARGET_GROUP);
            assertThat(transfer.effectiveDate()).isEqualTo(APRIL.plusDays(7));
            assertThat(transfer.actor()).isEqualTo("system");
        });
        assertThat(openOrders(id)).isEmpty();
    }

    @Test
    void takesALateCarryingOutAsEffectiveOnTheDeadline() {
        long id = register(registration(code(7), HELSINKI, APRIL));
        TransferOrderView order = openOrders(id).get(0);

        TransferView transfer = with(s -> s.transfers.carryOut(order, LocalDate.of(2022, 1, 1), "office.uusimaa"));

        TransferOrderStatus status =
                with(s -> s.ledger.order(order.id(), false).orElseThrow().status());

        assertThat(transfer.effectiveDate()).isEqualTo(order.deadline());
        assertThat(status).isEqualTo(TransferOrderStatus.CARRIED_OUT);
    }

    @Test
    void cancelsAnEntryOrderWhenThePersonLeavesTheTargetGroupBeforeTheDeadline() {
        long id = register(registration(code(8), HELSINKI, APRIL));

        change(id, SituationChangeRequest.of(APRIL.plusDays(3), LabourMarketStatus.EMPLOYED, null, null));

        assertThat(openOrders(id)).isEmpty();
        assertThat(custody(id).body()).isEqualTo(UUSIMAA);
    }

    @Test
    void ordersAnOfficeCustomerWhoseStatusBringsThemIntoTheTargetGroup() {
        JobSeekerRequest employed = JobSeekerRequest.of(
                code(9).value(),
                "Eino",
                "Esimerkki",
                HELSINKI,
                "fi",
                false,
                LabourMarketStatus.EMPLOYED,
                UnemploymentBenefit.NONE,
                LocalDate.of(2021, 2, 1));
        long id = register(employed);
        LocalDate laidOff = LocalDate.of(2021, 5, 3);

        change(id, SituationChangeRequest.of(laidOff, LabourMarketStatus.LAID_OFF_FULL, null, null));

        assertThat(openOrders(id)).singleElement().satisfies(order -> assertThat(order.deadline())
                .isEqualTo(laidOff.plusDays(7)));
    }

    @Test
    void movesACustomerFromHelsinkiToEspooAreaToArea() {
        long id = helsinkiCustomer(10);
        LocalDate moved = LocalDate.of(2021, 8, 2);

        change(id, SituationChangeRequest.of(moved, null, null, ESPOO));

        assertThat(custody(id).body()).isEqualTo(ResponsibleBody.area("espoo"));
        assertThat(transfers(id)).last().satisfies(transfer -> {
            assertThat(transfer.from()).isEqualTo(HELSINKI_AREA);
            assertThat(transfer.to()).isEqualTo(ResponsibleBody.area("espoo"));
            assertThat(transfer.legalBasis()).isEqualTo(LegalBasis.MOVED_MUNICIPALITY);
            assertThat(transfer.effectiveDate()).isEqualTo(moved);
        });
    }

    @Test
    void returnsACustomerMovingFromHelsinkiToANonTrialMunicipalityToTheOffice() {
        long id = helsinkiCustomer(11);

        change(id, SituationChangeRequest.of(LocalDate.of(2021, 8, 2), null, null, VAASA));

        assertThat(custody(id).body()).isEqualTo(ResponsibleBody.office("pohjanmaa"));
        assertThat(transfers(id)).last().extracting(TransferView::legalBasis).isEqualTo(LegalBasis.MOVED_MUNICIPALITY);
    }

    @Test
    void keepsEveryChangeInTheHistoryAndAnswersForAnyPastDay() {
        long id = helsinkiCustomer(12);
        change(id, SituationChangeRequest.of(LocalDate.of(2021, 9, 1), LabourMarketStatus.EMPLOYED, null, null));
        change(
                id,
                SituationChangeRequest.of(
                        LocalDate.of(2022, 2, 1),
                        LabourMarketStatus.UNEMPLOYED,
                        UnemploymentBenefit.EARNINGS_RELATED,
                        null));

        List<SituationChange> history = with(s -> s.store.history(id));
        LabourMarketStatus inNovember = with(s ->
                s.store.situationOn(id, LocalDate.of(2021, 11, 1)).orElseThrow().labourMarketStatus());

        assertThat(history)
                .extracting(SituationChange::labourMarketStatus)
                .containsExactly(
                        LabourMarketStatus.UNEMPLOYED, LabourMarketStatus.EMPLOYED, LabourMarketStatus.UNEMPLOYED);
        assertThat(inNovember).isEqualTo(LabourMarketStatus.EMPLOYED);
        // By default a customer who finds work stays with the area.
        assertThat(custody(id).body()).isEqualTo(HELSINKI_AREA);
    }

    @Test
    void refusesAChangeDatedBeforeTheLatestRecordedOne() {
        long id = helsinkiCustomer(13);
        change(id, SituationChangeRequest.of(LocalDate.of(2021, 9, 1), LabourMarketStatus.EMPLOYED, null, null));

        assertThatThrownBy(() -> change(
                        id,
                        SituationChangeRequest.of(LocalDate.of(2021, 8, 1), LabourMarketStatus.STUDENT, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(ProblemException.FieldError::field)
                        .containsExactly("effectiveDate"));
    }

    @Test
    void refusesToKeepACustomerOnDiscretionBeforeJune2021() {
        long id = register(registration(code(14), HELSINKI, APRIL));
        TransferOrderView order = openOrders(id).get(0);

        assertThatThrownBy(() -> with(s -> s.transfers.keep(
                        order,
                        new KeepRequest(DiscretionaryReason.LANGUAGE_RIGHTS, null),
                        RuleSettings.defaults(),
                        "o")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void keepsACustomerAtTheOfficeOnDiscretionPastTheDeadline() {
        LocalDate june = LocalDate.of(2021, 6, 7);
        long id = register(registration(code(15), HELSINKI, june));
        TransferOrderView order = openOrders(id).get(0);

        TransferOrderView kept = with(s -> s.transfers.keep(
                order,
                new KeepRequest(DiscretionaryReason.UNSUITABLE_CUSTOMER_RELATIONSHIP, "conflict of interest"),
                RuleSettings.defaults(),
                "office.uusimaa"));
        with(s -> s.transfers.carryOutDue(june.plusDays(30), "system"));

        assertThat(kept.status()).isEqualTo(TransferOrderStatus.KEPT);
        assertThat(custody(id).body()).isEqualTo(UUSIMAA);
        assertThat(custody(id).discretion()).isEqualTo(DiscretionaryReason.UNSUITABLE_CUSTOMER_RELATIONSHIP);
        assertThat(transfers(id)).isEmpty();
    }

    @Test
    void returnsACustomerToTheOfficeOnDiscretion() {
        long id = helsinkiCustomer(16);
        JobSeeker person = with(s -> s.store.find(id).orElseThrow());

        with(s -> s.transfers.onDiscretion(
                person,
                new DiscretionaryTransferRequest(
                        ResponsibleBody.office(null),
                        LocalDate.of(2021, 6, 15),
                        DiscretionaryReason.LANGUAGE_RIGHTS,
                        null),
                CONTEXT,
                "office.uusimaa"));

        assertThat(custody(id).body()).isEqualTo(UUSIMAA);
        assertThat(transfers(id)).last().satisfies(transfer -> {
            assertThat(transfer.legalBasis()).isEqualTo(LegalBasis.DISCRETIONARY_RETURN);
            assertThat(transfer.discretionaryReason()).isEqualTo(DiscretionaryReason.LANGUAGE_RIGHTS);
        });
    }

    @Test
    void movesACustomerToAnotherAreaOnlyWithThatAreasConsent() {
        long id = helsinkiCustomer(17);
        JobSeeker person = with(s -> s.store.find(id).orElseThrow());
        DiscretionaryTransferRequest toEspoo = new DiscretionaryTransferRequest(
                ResponsibleBody.area("espoo"), LocalDate.of(2021, 6, 15), DiscretionaryReason.LANGUAGE_RIGHTS, null);

        with(s -> s.transfers.onDiscretion(person, toEspoo, CONTEXT, "caseworker.helsinki"));
        TransferOrderView request = openOrders(id).get(0);
        Custody waiting = custody(id);
        TransferView accepted = with(s -> s.transfers.accept(request, "manager.espoo"));

        assertThat(request.kind()).isEqualTo(TransferOrderKind.CONSENT);
        assertThat(request.status()).isEqualTo(TransferOrderStatus.AWAITING_CONSENT);
        assertThat(waiting.body()).isEqualTo(HELSINKI_AREA);
        assertThat(accepted.to()).isEqualTo(ResponsibleBody.area("espoo"));
        assertThat(custody(id).body()).isEqualTo(ResponsibleBody.area("espoo"));
        assertThat(custody(id).discretion()).isEqualTo(DiscretionaryReason.LANGUAGE_RIGHTS);
    }

    @Test
    void leavesTheCustomerWhereTheyAreWhenTheAreaRefusesConsent() {
        long id = helsinkiCustomer(18);
        JobSeeker person = with(s -> s.store.find(id).orElseThrow());
        with(s -> s.transfers.onDiscretion(
                person,
                new DiscretionaryTransferRequest(
                        ResponsibleBody.area("espoo"),
                        LocalDate.of(2021, 6, 15),
                        DiscretionaryReason.OTHER_JUSTIFIED_REASON,
                        "closer to the customer's work"),
                CONTEXT,
                "caseworker.helsinki"));
        TransferOrderView request = openOrders(id).get(0);

        TransferOrderView rejected = with(s -> s.transfers.reject(request, "no capacity", "manager.espoo"));

        assertThat(rejected.status()).isEqualTo(TransferOrderStatus.REJECTED);
        assertThat(rejected.resolutionNote()).isEqualTo("no capacity");
        assertThat(custody(id).body()).isEqualTo(HELSINKI_AREA);
    }

    @Test
    void findsOnlyTheCustomersACallerServesNow() {
        long helsinki = helsinkiCustomer(19);
        long office = register(registration(code(20), VAASA, APRIL));
        Caller caseworker = new Caller("c", Role.CASEWORKER, Set.of("helsinki"), null, Locale.ENGLISH);
        Caller espoo = new Caller("e", Role.CASEWORKER, Set.of("espoo"), null, Locale.ENGLISH);
        Caller ostrobothnia = new Caller("o", Role.OFFICE_STAFF, Set.of(), "pohjanmaa", Locale.ENGLISH);
        Caller evaluator = new Caller("v", Role.EVALUATOR, Set.of(), null, Locale.ENGLISH);

        assertThat(visible(helsinki, caseworker)).isTrue();
        assertThat(visible(helsinki, espoo)).isFalse();
        assertThat(visible(office, ostrobothnia)).isTrue();
        assertThat(visible(office, caseworker)).isFalse();
        assertThat(visible(helsinki, evaluator)).isFalse();
        List<JobSeekerSummary> found =
                with(s -> s.store.search(caseworker, null, "Testi", 0, 100).items());
        long byCodeOutOfScope =
                with(s -> s.store.search(espoo, code(19).value(), null, 0, 10).total());
        assertThat(found)
                .allSatisfy(summary -> assertThat(summary.responsibleBody()).isEqualTo(HELSINKI_AREA))
                .anySatisfy(summary -> assertThat(summary.id()).isEqualTo(helsinki));
        assertThat(byCodeOutOfScope).isZero();
    }

    @Test
    void servingModulesReachOnlyTheCustomersOfTheBodiesTheCallerServes() {
        long helsinki = helsinkiCustomer(40);
        long office = register(registration(code(41), VAASA, APRIL));
        Caller helsinkiWorker =
                new Caller("caseworker.helsinki", Role.CASEWORKER, Set.of("helsinki"), null, Locale.ROOT);
        Caller espooWorker = new Caller("caseworker.espoo", Role.CASEWORKER, Set.of("espoo"), null, Locale.ROOT);

        List<fi.kuntakokeilu.clients.CustomerInCare> helsinkiCaseload =
                with(s -> s.store.customersInCare(helsinkiWorker, HELSINKI_AREA, null));
        var one = with(s -> s.store.customersInCare(helsinkiWorker, null, helsinki));

        assertThat(helsinkiCaseload)
                .extracting(fi.kuntakokeilu.clients.CustomerInCare::jobSeekerId)
                .contains(helsinki)
                .doesNotContain(office);
        assertThat(one).singleElement().satisfies(c -> {
            assertThat(c.responsibleBody()).isEqualTo(HELSINKI_AREA);
            assertThat(c.registeredOn()).isEqualTo(APRIL);
            assertThat(c.responsibleSince()).isEqualTo(APRIL.plusDays(2));
        });
        List<fi.kuntakokeilu.clients.CustomerInCare> outOfScope =
                with(s -> s.store.customersInCare(espooWorker, null, helsinki));
        List<fi.kuntakokeilu.clients.CustomerInCare> asSystem =
                with(s -> s.store.customersInCare(Caller.SYSTEM, null, office));
        assertThat(outOfScope).isEmpty();
        assertThat(asSystem)
                .singleElement()
                .satisfies(c -> assertThat(c.responsibleBody().isOffice()).isTrue());
    }

    private boolean visible(long id, Caller caller) {
        return with(s -> s.store.findInScope(id, caller).isPresent());
    }
}
