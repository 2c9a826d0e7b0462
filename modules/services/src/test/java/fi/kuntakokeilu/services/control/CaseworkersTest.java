package fi.kuntakokeilu.services.control;

import static fi.kuntakokeilu.services.control.CaseFileTest.CLOCK;
import static fi.kuntakokeilu.services.control.CaseFileTest.HELSINKI;
import static fi.kuntakokeilu.services.control.CaseFileTest.UUSIMAA;
import static fi.kuntakokeilu.services.control.CaseFileTest.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.services.CaseworkerAssignmentView;
import fi.kuntakokeilu.services.ResponsibleCaseworkerView;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The responsible caseworker of a customer within the trial area, on 10.1.2023: effective dated,
 * never overwritten, a stale or concurrent assignment refused (issue 4, "Concurrency").
 */
class CaseworkersTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("services");

    private static final LocalDate TODAY = LocalDate.now(CLOCK);

    private <T> T with(Function<Caseworkers, T> work) {
        return db.inTransaction(em -> work.apply(new Caseworkers(em, CLOCK)));
    }

    private List<CustomerInCare> assigned(String area, String caseworker, CustomerInCare customer) {
        return db.inTransaction(em -> new Caseworkers(em, CLOCK).assignedTo(area, caseworker, List.of(customer)));
    }

    private static CustomerInCare movedTo(CustomerInCare customer, ResponsibleBody body, LocalDate since) {
        return new CustomerInCare(
                customer.jobSeekerId(),
                customer.firstName(),
                customer.lastName(),
                customer.registeredOn(),
                customer.labourMarketStatus(),
                customer.unemploymentBenefit(),
                body,
                since);
    }

    @Test
    void aReassignmentKeepsTheEarlierAssignmentWithItsPeriod() {
        CustomerInCare customer = customer(LocalDate.of(2022, 9, 1), HELSINKI);
        assertThat(with(c -> c.of(customer)).current()).isNull();

        with(c -> c.assign(customer, "helka", LocalDate.of(2022, 9, 5), 0, "manager"));
        ResponsibleCaseworkerView now = with(c -> c.assign(customer, "heikki", null, 1, "manager"));

        assertThat(now.version()).isEqualTo(2);
        assertThat(now.areaKey()).isEqualTo("helsinki");
        assertThat(now.current().caseworker()).isEqualTo("heikki");
        assertThat(now.current().since()).isEqualTo(TODAY);
        assertThat(now.history())
                .extracting(
                        CaseworkerAssignmentView::caseworker,
                        CaseworkerAssignmentView::since,
                        CaseworkerAssignmentView::until)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("helka", LocalDate.of(2022, 9, 5), TODAY),
                        org.assertj.core.groups.Tuple.tuple("heikki", TODAY, null));
        assertThat(db.count(
                        "select count(*) from svc_caseworker_assignment where job_seeker_id = ?",
                        customer.jobSeekerId()))
                .isEqualTo(2);
    }

    @Test
    void aStaleVersionIsRefusedAndChangesNothing() {
        CustomerInCare customer = customer(LocalDate.of(2022, 9, 1), HELSINKI);
        with(c -> c.assign(customer, "helka", null, 0, "helka"));

        assertThatThrownBy(() -> with(c -> c.assign(customer, "heikki", null, 0, "heikki")))
                .isInstanceOf(ConflictException.class);
        assertThat(with(c -> c.of(customer)).current().caseworker()).isEqualTo("helka");
    }

    @Test
    void ofTwoConcurrentAssignmentsOnOneVersionOneWinsAndTheOtherGets409() throws Exception {
        CustomerInCare customer = customer(LocalDate.of(2022, 9, 1), HELSINKI);
        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondTried = new CountDownLatch(1);
        CompletableFuture<ResponsibleCaseworkerView> first = CompletableFuture.supplyAsync(() -> with(c -> {
            ResponsibleCaseworkerView view = c.assign(customer, "helka", null, 0, "helka");
            firstInserted.countDown();
            await(secondTried);
            return view;
        }));
        assertThat(firstInserted.await(30, TimeUnit.SECONDS)).isTrue();
        // The second reads version 0 (the first has not committed) and waits on the unique key.
        CompletableFuture<Throwable> second = CompletableFuture.supplyAsync(() -> {
            try {
                with(c -> c.assign(customer, "heikki", null, 0, "heikki"));
                return null;
            } catch (RuntimeException e) {
                return e;
            }
        });
        Thread.sleep(500);
        secondTried.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS).current().caseworker()).isEqualTo("helka");
        assertThat(second.get(30, TimeUnit.SECONDS)).isInstanceOf(ConflictException.class);
        ResponsibleCaseworkerView after = with(c -> c.of(customer));
        assertThat(after.history()).hasSize(1);
        assertThat(after.current().caseworker()).isEqualTo("helka");
    }

    @Test
    void anAssignmentLapsesWhenAnotherBodyTakesTheCustomerOverAndDoesNotReturnWithThem() {
        CustomerInCare customer = customer(LocalDate.of(2022, 9, 1), HELSINKI);
        with(c -> c.assign(customer, "helka", null, 0, "helka"));

        CustomerInCare inEspoo = movedTo(customer, ResponsibleBody.area("espoo"), TODAY);
        CustomerInCare backInHelsinki = movedTo(customer, HELSINKI, TODAY.plusDays(1));

        assertThat(with(c -> c.of(inEspoo)).current()).isNull();
        assertThat(with(c -> c.of(inEspoo)).history()).hasSize(1);
        assertThat(with(c -> c.of(backInHelsinki)).current()).isNull();
        assertThat(assigned("helsinki", "helka", customer)).containsExactly(customer);
        assertThat(assigned("helsinki", "helka", backInHelsinki)).isEmpty();
        assertThat(assigned("espoo", "helka", inEspoo)).isEmpty();
    }

    @Test
    void theDayMayNotLieInTheFutureNorBeforeTheAreaOrTheAssignmentInForce() {
        CustomerInCare customer =
                movedTo(customer(LocalDate.of(2022, 1, 3), HELSINKI), HELSINKI, LocalDate.of(2022, 9, 1));
        List<Runnable> refused = new ArrayList<>();
        refused.add(() -> with(c -> c.assign(customer, "helka", TODAY.plusDays(1), 0, "helka")));
        refused.add(() -> with(c -> c.assign(customer, "helka", LocalDate.of(2022, 8, 31), 0, "helka")));
        refused.forEach(r -> assertThatThrownBy(r::run).isInstanceOf(InvalidInputException.class));

        with(c -> c.assign(customer, "helka", LocalDate.of(2022, 12, 1), 0, "manager"));
        assertThatThrownBy(() -> with(c -> c.assign(customer, "heikki", LocalDate.of(2022, 11, 30), 1, "manager")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(with(c -> c.assign(customer, "heikki", LocalDate.of(2022, 12, 1), 1, "manager"))
                        .current()
                        .caseworker())
                .isEqualTo("heikki");
    }

    @Test
    void anOfficesCustomerGetsNoCaseworker() {
        CustomerInCare customer = customer(LocalDate.of(2022, 9, 1), UUSIMAA);

        assertThatThrownBy(() -> with(c -> c.assign(customer, "uula", null, 0, "admin")))
                .isInstanceOf(ConflictException.class);
        assertThat(with(c -> c.of(customer)).areaKey()).isNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
