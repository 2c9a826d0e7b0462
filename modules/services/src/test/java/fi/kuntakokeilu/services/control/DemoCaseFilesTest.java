package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.services.Worklist;
import fi.kuntakokeilu.services.WorklistCount;
import fi.kuntakokeilu.services.WorklistKind;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo case files: plausible, and the worklist built on them counts exactly what an independent
 * SQL count over the services tables finds.
 */
class DemoCaseFilesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("services");

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-10-15T09:00:00Z"), ZoneId.of("Europe/Helsinki"));
    private static final LocalDate TODAY = LocalDate.now(CLOCK);
    private static final ResponsibleBody AREA = ResponsibleBody.area("helsinki");

    private static List<CustomerInCare> population(int size) {
        SplittableRandom random = new SplittableRandom(7);
        LabourMarketStatus[] statuses = LabourMarketStatus.values();
        UnemploymentBenefit[] benefits = UnemploymentBenefit.values();
        List<CustomerInCare> customers = new ArrayList<>();
        for (int i = 1; i <= size; i++) {
            LocalDate registered = LocalDate.of(2020, 6, 1).plusDays(random.nextInt(1400));
            customers.add(new CustomerInCare(
                    i,
                    "Etu" + i,
                    "Suku" + i,
                    registered,
                    random.nextDouble() < 0.7
                            ? LabourMarketStatus.UNEMPLOYED
                            : statuses[random.nextInt(statuses.length)],
                    benefits[random.nextInt(benefits.length)],
                    AREA,
                    registered));
        }
        return customers;
    }

    private long sql(String query, Object... parameters) {
        return db.count(query, parameters);
    }

    @Test
    void givesMostCustomersAPlanAScheduleAndSomethingOverdueAndCountsTheWorklistAsSqlDoes() {
        List<CustomerInCare> customers = population(400);

        int planned = db.inTransaction(
                em -> new DemoCaseFiles(em, CLOCK, NeglectLadder.withDefaults()).write(customers, 20220502));
        Worklist worklist = db.inTransaction(em -> new Worklists(em)
                .worklist(AREA, customers, List.of(), TODAY, DeadlineClassifier.withDefaults(), 14, null, 0, 10));

        long withPlan = sql("select count(distinct job_seeker_id) from svc_plan");
        assertThat(planned).isEqualTo(withPlan).isBetween(300, 399);
        assertThat(sql("select count(*) from svc_plan_version where version_number = 2"))
                .isPositive();
        assertThat(sql("select count(*) from svc_application_report")).isPositive();
        assertThat(sql("select count(*) from svc_benefit_statement where kind = 'BENEFIT_STATEMENT'"))
                .isPositive();
        assertThat(sql("select count(*) from svc_service_period")).isPositive();

        String today = TODAY.toString();
        String soon = TODAY.plusDays(7).toString();
        String fortnight = TODAY.plusDays(14).toString();
        assertThat(counts(worklist, WorklistKind.INTERVIEW))
                .containsExactly(
                        sql(
                                "select count(*) from svc_v_appointment where held_on is null"
                                        + " and kind <> 'INITIAL_INTERVIEW' and due_on between ? and ?",
                                today,
                                soon),
                        sql(
                                "select count(*) from svc_v_appointment where held_on is null"
                                        + " and kind <> 'INITIAL_INTERVIEW' and due_on < ?",
                                today));
        assertThat(counts(worklist, WorklistKind.PLAN_REVIEW))
                .containsExactly(
                        sql("select count(*) from svc_v_plan where review_due between ? and ?", today, soon),
                        sql("select count(*) from svc_v_plan where review_due < ?", today));
        assertThat(counts(worklist, WorklistKind.INITIAL_INTERVIEW))
                .containsExactly(
                        0L,
                        customers.size()
                                - sql("select count(distinct job_seeker_id) from (select job_seeker_id from svc_plan"
                                        + " union select job_seeker_id from svc_appointment"
                                        + " where kind = 'INITIAL_INTERVIEW') seen"));
        assertThat(counts(worklist, WorklistKind.OBLIGATION_FOLLOW_UP))
                .containsExactly(
                        sql(
                                "select count(*) from svc_benefit_statement where sent_at is null and period_end >= ?",
                                today),
                        sql(
                                "select count(*) from svc_benefit_statement where sent_at is null and period_end < ?",
                                today));
        assertThat(counts(worklist, WorklistKind.SERVICE_ENDING))
                .containsExactly(
                        sql(
                                "select count(*) from svc_v_service_period where status = 'ONGOING'"
                                        + " and end_date between ? and ?",
                                today,
                                fortnight),
                        sql(
                                "select count(*) from svc_v_service_period where status = 'ONGOING' and end_date < ?",
                                today));
        assertThat(counts(worklist, WorklistKind.INTERVIEW)[1]).isPositive();
        assertThat(worklist.items().items()).hasSize(10);
    }

    private static Long[] counts(Worklist worklist, WorklistKind kind) {
        WorklistCount count = worklist.counts().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow();
        return new Long[] {count.due(), count.overdue()};
    }
}
