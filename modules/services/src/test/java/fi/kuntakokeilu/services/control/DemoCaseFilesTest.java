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
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The demo case files: plausible, and the worklists built on them, the area's and each responsible
 * caseworker's, count exactly what an independent SQL count over the services tables finds (issue 4,
 * "done when"; domain.md, "Service obligations").
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

    /** The demo data is written into empty tables (its plan ids count from 1). */
    @BeforeEach
    void empty() {
        db.execute(
                "delete from svc_caseworker_assignment",
                "delete from svc_case_note",
                "delete from svc_benefit_statement",
                "delete from svc_application_report",
                "delete from svc_appointment",
                "delete from svc_service_period",
                "delete from svc_plan_version",
                "delete from svc_plan");
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

        assertCountsAsSql(worklist, customers.size(), "", List.of());
        assertThat(counts(worklist, WorklistKind.INTERVIEW)[1]).isPositive();
        assertThat(worklist.items().items()).hasSize(10);
    }

    @Test
    void countsEachCaseworkersWorklistAsSqlDoesAndTheirsTogetherWithTheUnassignedMakeTheArea() {
        List<CustomerInCare> customers = population(400);
        db.inTransaction(em -> new DemoCaseFiles(em, CLOCK, NeglectLadder.withDefaults()).write(customers, 4));
        int assigned = db.inTransaction(em -> new Caseworkers(em, CLOCK)
                .assignDemo(
                        customers, Map.of("helsinki", List.of("helka", "heikki"), "espoo", List.of("esko")), "demo"));

        assertThat(assigned).isEqualTo(300);
        assertThat(sql("select count(*) from svc_caseworker_assignment where caseworker = 'esko'"))
                .isZero();
        Worklist area = worklist(customers, null);
        long[] together = new long[2 * WorklistKind.values().length];
        for (String caseworker : List.of("helka", "heikki")) {
            List<CustomerInCare> theirs =
                    db.inTransaction(em -> new Caseworkers(em, CLOCK).assignedTo("helsinki", caseworker, customers));
            assertThat(theirs).hasSize(150);
            Worklist worklist = worklist(theirs, caseworker);
            assertThat(worklist.caseworker()).isEqualTo(caseworker);
            assertCountsAsSql(
                    worklist,
                    150,
                    " and job_seeker_id in (select a.job_seeker_id from svc_caseworker_assignment a"
                            + " where a.area_key = 'helsinki' and a.caseworker = ? and a.seq = (select max(b.seq)"
                            + " from svc_caseworker_assignment b where b.job_seeker_id = a.job_seeker_id))",
                    List.of(caseworker));
            add(together, worklist);
        }
        List<CustomerInCare> unassigned = customers.stream()
                .filter(c ->
                        sql("select count(*) from svc_caseworker_assignment where job_seeker_id = ?", c.jobSeekerId())
                                == 0)
                .toList();
        assertThat(unassigned).hasSize(100);
        add(together, worklist(unassigned, null));
        long[] whole = new long[together.length];
        add(whole, area);
        assertThat(together).containsExactly(whole);
    }

    private Worklist worklist(List<CustomerInCare> customers, String caseworker) {
        return db.inTransaction(em -> new Worklists(em)
                .worklist(
                        AREA,
                        caseworker,
                        customers,
                        List.of(),
                        TODAY,
                        DeadlineClassifier.withDefaults(),
                        14,
                        null,
                        0,
                        10));
    }

    private static void add(long[] sums, Worklist worklist) {
        for (WorklistCount count : worklist.counts()) {
            sums[2 * count.kind().ordinal()] += count.due();
            sums[2 * count.kind().ordinal() + 1] += count.overdue();
        }
    }

    /**
     * The worklist's counts against independent SQL over the services tables and views, for the
     * customers the scope (an SQL condition on job_seeker_id with its parameters) selects.
     */
    private void assertCountsAsSql(
            Worklist worklist, long customersInScope, String scope, List<Object> scopeParameters) {
        String today = TODAY.toString();
        String soon = TODAY.plusDays(7).toString();
        String fortnight = TODAY.plusDays(14).toString();
        assertThat(counts(worklist, WorklistKind.INTERVIEW))
                .containsExactly(
                        scoped(
                                "select count(*) from svc_v_appointment where held_on is null"
                                        + " and kind <> 'INITIAL_INTERVIEW' and due_on between ? and ?",
                                scope,
                                scopeParameters,
                                today,
                                soon),
                        scoped(
                                "select count(*) from svc_v_appointment where held_on is null"
                                        + " and kind <> 'INITIAL_INTERVIEW' and due_on < ?",
                                scope,
                                scopeParameters,
                                today));
        assertThat(counts(worklist, WorklistKind.PLAN_REVIEW))
                .containsExactly(
                        scoped(
                                "select count(*) from svc_v_plan where review_due between ? and ?",
                                scope,
                                scopeParameters,
                                today,
                                soon),
                        scoped("select count(*) from svc_v_plan where review_due < ?", scope, scopeParameters, today));
        assertThat(counts(worklist, WorklistKind.INITIAL_INTERVIEW))
                .containsExactly(
                        0L,
                        customersInScope
                                - scoped(
                                        "select count(distinct job_seeker_id) from (select job_seeker_id from svc_plan"
                                                + " union select job_seeker_id from svc_appointment"
                                                + " where kind = 'INITIAL_INTERVIEW') seen where 1 = 1",
                                        scope,
                                        scopeParameters));
        assertThat(counts(worklist, WorklistKind.OBLIGATION_FOLLOW_UP))
                .containsExactly(
                        scoped(
                                "select count(*) from svc_benefit_statement where sent_at is null and period_end >= ?",
                                scope,
                                scopeParameters,
                                today),
                        scoped(
                                "select count(*) from svc_benefit_statement where sent_at is null and period_end < ?",
                                scope,
                                scopeParameters,
                                today));
        assertThat(counts(worklist, WorklistKind.SERVICE_ENDING))
                .containsExactly(
                        scoped(
                                "select count(*) from svc_v_service_period where status = 'ONGOING'"
                                        + " and end_date between ? and ?",
                                scope,
                                scopeParameters,
                                today,
                                fortnight),
                        scoped(
                                "select count(*) from svc_v_service_period where status = 'ONGOING' and end_date < ?",
                                scope,
                                scopeParameters,
                                today));
        assertThat(counts(worklist, WorklistKind.TRANSFER_PENDING)).containsExactly(0L, 0L);
        assertThat(worklist.items().total())
                .isEqualTo(worklist.counts().stream()
                        .mapToLong(WorklistCount::total)
                        .sum());
    }

    private long scoped(String query, String scope, List<Object> scopeParameters, Object... parameters) {
        List<Object> all = new ArrayList<>(List.of(parameters));
        all.addAll(scopeParameters);
        return sql(query + scope, all.toArray());
    }

    private static Long[] counts(Worklist worklist, WorklistKind kind) {
        WorklistCount count = worklist.counts().stream()
                .filter(c -> c.kind() == kind)
                .findFirst()
                .orElseThrow();
        return new Long[] {count.due(), count.overdue()};
    }
}
