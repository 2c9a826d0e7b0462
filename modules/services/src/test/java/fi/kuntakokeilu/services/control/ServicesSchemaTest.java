package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.PlanKind;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.ServicePeriodStatus;
import fi.kuntakokeilu.services.entity.Appointment;
import fi.kuntakokeilu.services.entity.CatalogueService;
import fi.kuntakokeilu.services.entity.Plan;
import fi.kuntakokeilu.services.entity.PlanVersion;
import fi.kuntakokeilu.services.entity.ServicePeriod;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The services schema: the seeded catalogue, the entities' mapping, and the views for evaluation. */
class ServicesSchemaTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("services");

    private static final Instant NOW = Instant.parse("2022-06-01T08:00:00Z");

    @Test
    void seedsTheCatalogueOfTheDomainBriefWithNamesInThreeLanguages() {
        var services = db.inTransaction(
                em -> em.createQuery("select s from CatalogueService s order by s.sortOrder", CatalogueService.class)
                        .getResultList());

        assertThat(services).hasSize(11);
        assertThat(services).allSatisfy(s -> assertThat(java.util.List.of(s.nameFi(), s.nameSv(), s.nameEn()))
                .doesNotContain(""));
        assertThat(services)
                .filteredOn(s -> !s.activeService())
                .extracting(CatalogueService::code)
                .containsExactly("MULTISECTORAL_JOINT_SERVICE");
    }

    @Test
    void publishesPlansServicePeriodsAndAppointmentsThroughTheEvaluationViews() {
        db.run(em -> {
            Plan plan = new Plan(7001, PlanKind.EMPLOYMENT_PLAN, BodyType.TRIAL_AREA, "helsinki", NOW);
            em.persist(plan);
            em.flush();
            int number = plan.nextVersion(NOW);
            em.persist(new PlanVersion(
                    plan,
                    number,
                    LocalDate.of(2022, 6, 1),
                    LocalDate.of(2022, 9, 1),
                    BodyType.TRIAL_AREA,
                    "helsinki",
                    RuleRegime.NORDIC_MODEL,
                    "Applies for work in logistics",
                    null,
                    null,
                    null,
                    "caseworker",
                    NOW));
            ServicePeriod period = new ServicePeriod(7001, "caseworker", NOW);
            period.describe(
                    "WORK_TRIAL",
                    "Helsingin kaupunki",
                    ServicePeriodStatus.ONGOING,
                    LocalDate.of(2022, 6, 6),
                    LocalDate.of(2022, 8, 31),
                    "caseworker",
                    NOW);
            em.persist(period);
            em.persist(new Appointment(
                    7001,
                    InterviewKind.JOB_SEARCH_DISCUSSION,
                    1,
                    RuleRegime.NORDIC_MODEL,
                    LocalDate.of(2022, 6, 15),
                    Appointment.Source.SCHEDULE,
                    "caseworker",
                    NOW));
        });

        assertThat(db.count("select count(*) from svc_v_plan where job_seeker_id = 7001 and kind = 'EMPLOYMENT_PLAN'"
                        + " and valid_from = '2022-06-01' and review_due = '2022-09-01'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from svc_v_service_period where job_seeker_id = 7001"
                        + " and active_service and status = 'ONGOING' and end_date = '2022-08-31'"))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from svc_v_appointment where job_seeker_id = 7001"
                        + " and kind = 'JOB_SEARCH_DISCUSSION' and held_on is null"))
                .isEqualTo(1);
    }
}
