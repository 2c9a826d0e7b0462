package fi.kuntakokeilu.evaluation.control;

import static fi.kuntakokeilu.evaluation.control.Registry.TRIAL_START;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.testing.TestDatabase;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The services module's facts in the panel (docs/indicators.md, "Services facts"; domain brief,
 * "Service obligations" and "What the ministry followed"), read from the views it publishes, and
 * the nightly build that replaces only the rows of people whose sources changed.
 */
class PanelServicesTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations", "clients", "services", "evaluation");

    static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
    static final YearMonth JAN = YearMonth.of(2021, 1);
    static final YearMonth JUL = YearMonth.of(2021, 7);

    Registry registry;

    @BeforeEach
    void emptyRegistry() {
        db.execute(
                "delete from eva_panel",
                "delete from eva_panel_month",
                "delete from eva_person_digest",
                "delete from svc_appointment",
                "delete from svc_plan_version",
                "delete from svc_plan",
                "delete from svc_service_period",
                "delete from cli_transfer",
                "delete from cli_custody",
                "delete from cli_situation",
                "delete from cli_job_seeker");
        registry = new Registry(db);
    }

    long unemployed(LocalDate registered) {
        return registry.person(LocalDate.of(1985, 3, 3), "fin", registered, "091", "UNEMPLOYED", "BASIC_ALLOWANCE");
    }

    /** A full build of the months, as the on-demand rebuild does it. */
    void fullBuild(YearMonth first, YearMonth last) {
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            SourceVersion version = builder.currentSources();
            builder.loadReferenceData(Registry.MUNICIPALITIES);
            builder.stage(version);
            builder.stageDigests(version);
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                builder.buildMonth(m, version, NOW);
            }
            builder.markAllBuilt();
        });
    }

    /** The nightly build's work: the changed people's rows in every month; returns how many changed. */
    long nightlyBuild(YearMonth first, YearMonth last) {
        return db.inTransaction(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            SourceVersion version = builder.currentSources();
            builder.loadReferenceData(Registry.MUNICIPALITIES);
            builder.stage(version);
            builder.stageDigests(version);
            long changed = builder.markChanged();
            List<YearMonth> months = new ArrayList<>();
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                assertThat(builder.canTakeChanges(m)).as(m.toString()).isTrue();
                months.add(m);
            }
            builder.rebuildChanged(months, version, NOW);
            builder.markChangedBuilt();
            return changed;
        });
    }

    Map<String, Object> row(long person, YearMonth month) {
        Map<String, Object> row = new HashMap<>();
        db.run(em -> {
            try (var select = Sql.connection(em)
                    .prepareStatement("select * from eva_panel where job_seeker_id = ? and month_end = ?")) {
                select.setLong(1, person);
                select.setObject(2, month.atEndOfMonth());
                try (var rows = select.executeQuery()) {
                    if (rows.next()) {
                        for (String column : PanelBuilder.COLUMNS) {
                            row.put(column, rows.getObject(column));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return row;
    }

    /** Every panel row as text, in a fixed order, and every month's count, fingerprint and version. */
    List<String> panel() {
        List<String> lines = new ArrayList<>();
        db.run(em -> {
            String columns = String.join(
                    ", ",
                    PanelBuilder.COLUMNS.stream()
                            .map(c -> "coalesce(" + c + ", '-')")
                            .toList());
            try (var select = Sql.connection(em)
                            .prepareStatement("select concat_ws('|', " + columns + ") from eva_panel"
                                    + " order by month_end, job_seeker_id");
                    var rows = select.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            new PanelBuilder(em)
                    .months()
                    .forEach(m -> lines.add(m.month() + " " + m.rows() + " " + m.fingerprint() + " " + m.sources()
                            + " rules " + m.rulesVersion()));
        });
        return lines;
    }

    // ---------------------------------------------------------------- the columns, case by case

    @Test
    void anActiveServicePeriodCountsFromItsStartToItsEndDayIfTheCatalogueMarksItActive() {
        long person = unemployed(LocalDate.of(2020, 6, 1));
        registry.servicePeriod(person, "WORK_TRIAL", "COMPLETED", LocalDate.of(2021, 3, 10), LocalDate.of(2021, 5, 15));
        // begun later and still running: it names the service while both run
        registry.servicePeriod(person, "COACHING", "ONGOING", LocalDate.of(2021, 4, 1), null);
        // neither a planned period nor the joint service (TYP, not active in the catalogue) counts
        registry.servicePeriod(person, "PAY_SUBSIDY", "PLANNED", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
        long other = unemployed(LocalDate.of(2020, 6, 1));
        registry.servicePeriod(
                other, "MULTISECTORAL_JOINT_SERVICE", "ONGOING", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));

        fullBuild(YearMonth.of(2021, 2), YearMonth.of(2021, 4));

        assertThat(row(person, YearMonth.of(2021, 2)))
                .containsEntry("in_active_service_period", false)
                .containsEntry("active_service_code", null);
        assertThat(row(person, YearMonth.of(2021, 3)))
                .containsEntry("in_active_service_period", true)
                .containsEntry("active_service_code", "WORK_TRIAL");
        assertThat(row(person, YearMonth.of(2021, 4)))
                .containsEntry("in_active_service_period", true)
                .containsEntry("active_service_code", "COACHING");
        assertThat(row(other, YearMonth.of(2021, 3))).containsEntry("in_active_service_period", false);
    }

    @Test
    void aPlanIsValidFromTheDayItsLatestVersionWasAgreedUntilItsReviewIsDue() {
        long person = unemployed(LocalDate.of(2020, 6, 1));
        registry.plan(person, "EMPLOYMENT_PLAN", LocalDate.of(2021, 3, 20), LocalDate.of(2021, 6, 30));

        fullBuild(YearMonth.of(2021, 2), YearMonth.of(2021, 7));

        assertThat(row(person, YearMonth.of(2021, 2))).containsEntry("plan_valid", false);
        assertThat(row(person, YearMonth.of(2021, 3))).containsEntry("plan_valid", true);
        assertThat(row(person, YearMonth.of(2021, 6)))
                .as("valid on its review day")
                .containsEntry("plan_valid", true);
        assertThat(row(person, YearMonth.of(2021, 7))).as("review overdue").containsEntry("plan_valid", false);
    }

    @Test
    void interviewsDueInTheMonthAreOnTimeWhenHeldByTheirDueDay() {
        long person = unemployed(LocalDate.of(2021, 3, 29));
        registry.appointment(person, "INITIAL_INTERVIEW", LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 9));
        registry.appointment(person, "JOB_SEARCH_DISCUSSION", LocalDate.of(2021, 4, 20), LocalDate.of(2021, 4, 20));
        registry.appointment(person, "JOB_SEARCH_DISCUSSION", LocalDate.of(2021, 4, 26), LocalDate.of(2021, 4, 28));
        registry.appointment(person, "JOB_SEARCH_DISCUSSION", LocalDate.of(2021, 4, 30), null);
        registry.appointment(person, "JOB_SEEKER_INTERVIEW", LocalDate.of(2021, 7, 5), null);

        fullBuild(YearMonth.of(2021, 4), YearMonth.of(2021, 5));

        assertThat(row(person, YearMonth.of(2021, 4)))
                .containsEntry("interviews_due", 4)
                .containsEntry("interviews_on_time", 2)
                .containsEntry("initial_interviews_due", 1)
                .containsEntry("initial_interviews_on_time", 1);
        assertThat(row(person, YearMonth.of(2021, 5)))
                .containsEntry("interviews_due", 0)
                .containsEntry("interviews_on_time", 0);
    }

    @Test
    void timeToFirstAppointmentCountsFromRegistrationAndAgainFromEachTransfer() {
        long person = unemployed(LocalDate.of(2021, 1, 15));
        registry.appointment(person, "INITIAL_INTERVIEW", LocalDate.of(2021, 1, 29), LocalDate.of(2021, 2, 3));
        registry.appointment(person, "JOB_SEARCH_DISCUSSION", LocalDate.of(2021, 2, 17), LocalDate.of(2021, 2, 17));
        registry.toArea(person, "helsinki", TRIAL_START);
        registry.appointment(person, "INITIAL_INTERVIEW", LocalDate.of(2021, 3, 8), LocalDate.of(2021, 3, 20));

        fullBuild(JAN, YearMonth.of(2021, 4));

        assertThat(row(person, JAN)).containsEntry("days_to_first_appointment", null);
        assertThat(row(person, YearMonth.of(2021, 2)))
                .as("registered 15.1., first met 3.2.")
                .containsEntry("days_to_first_appointment", 19);
        assertThat(row(person, YearMonth.of(2021, 3)))
                .as("entered the trial area 1.3., first met there 20.3.")
                .containsEntry("body_type", "TRIAL_AREA")
                .containsEntry("days_to_first_appointment", 19);
        assertThat(row(person, YearMonth.of(2021, 4))).containsEntry("days_to_first_appointment", null);
    }

    @Test
    void openEmploymentIsReadThreeAndSixMonthsAfterTheDayAServiceEnded() {
        long person = unemployed(LocalDate.of(2020, 6, 1));
        registry.servicePeriod(person, "WORK_TRIAL", "COMPLETED", LocalDate.of(2020, 11, 1), LocalDate.of(2021, 1, 31));
        registry.situation(person, LocalDate.of(2021, 4, 15), "EMPLOYED", "NONE", "091");
        registry.situation(person, LocalDate.of(2021, 7, 1), "UNEMPLOYED", "BASIC_ALLOWANCE", "091");
        long stillUnemployed = unemployed(LocalDate.of(2020, 6, 1));
        registry.servicePeriod(
                stillUnemployed, "COACHING", "INTERRUPTED", LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 20));

        fullBuild(YearMonth.of(2021, 3), JUL);

        assertThat(row(person, YearMonth.of(2021, 3)))
                .containsEntry("service_ended_3m_before", false)
                .containsEntry("open_employment_3m_after", null);
        assertThat(row(person, YearMonth.of(2021, 4)))
                .as("ended 31.1.; employed on 30.4.")
                .containsEntry("service_ended_3m_before", true)
                .containsEntry("open_employment_3m_after", true)
                .containsEntry("service_ended_6m_before", false)
                .containsEntry("open_employment_6m_after", null);
        assertThat(row(person, JUL))
                .as("unemployed again on 31.7.")
                .containsEntry("service_ended_6m_before", true)
                .containsEntry("open_employment_6m_after", false);
        assertThat(row(stillUnemployed, YearMonth.of(2021, 4)))
                .containsEntry("service_ended_3m_before", true)
                .containsEntry("open_employment_3m_after", false);
    }

    // ---------------------------------------------------------------- increments and full builds

    /** Three people with histories in every source, built in full for January to July 2021. */
    long[] population() {
        long a = unemployed(LocalDate.of(2020, 6, 1));
        registry.servicePeriod(a, "WORK_TRIAL", "ONGOING", LocalDate.of(2021, 2, 1), null);
        registry.plan(a, "EMPLOYMENT_PLAN", LocalDate.of(2021, 1, 10), LocalDate.of(2021, 4, 10));
        registry.appointment(a, "JOB_SEEKER_INTERVIEW", LocalDate.of(2021, 4, 9), null);
        long b = unemployed(LocalDate.of(2021, 2, 1));
        registry.appointment(b, "INITIAL_INTERVIEW", LocalDate.of(2021, 2, 15), LocalDate.of(2021, 2, 10));
        long c = unemployed(LocalDate.of(2020, 1, 1));
        registry.toArea(c, "helsinki", TRIAL_START);
        registry.servicePeriod(c, "COACHING", "COMPLETED", LocalDate.of(2020, 12, 1), LocalDate.of(2021, 2, 28));
        registry.situation(c, LocalDate.of(2021, 5, 3), "EMPLOYED", "NONE", "091");
        return new long[] {a, b, c};
    }

    /**
     * What changes between two nights: a's service period ends and a late interview is held (the
     * services views carry no ids or change times, so only a digest of the person's rows notices);
     * c starts work in May; b is unchanged; d registers.
     */
    void changesOfTheDay(long[] people) {
        db.execute(
                "update svc_service_period set status = 'COMPLETED', end_date = '2021-03-31' where job_seeker_id = "
                        + people[0],
                "update svc_appointment set held_on = '2021-04-14' where job_seeker_id = " + people[0]);
        registry.situation(people[2], LocalDate.of(2021, 3, 1), "EMPLOYED_PART_TIME", "NONE", "091");
        long d = unemployed(LocalDate.of(2021, 6, 7));
        registry.appointment(d, "INITIAL_INTERVIEW", LocalDate.of(2021, 6, 14), LocalDate.of(2021, 6, 14));
    }

    @Test
    void theNightlyBuildReplacesOnlyTheChangedPeopleAndEndsExactlyWhereAFullRebuildDoes() {
        long[] people = population();
        fullBuild(JAN, JUL);
        assertThat(nightlyBuild(JAN, JUL)).as("nothing changed").isZero();
        changesOfTheDay(people);

        assertThat(nightlyBuild(JAN, JUL)).as("a, c and the new d").isEqualTo(3);
        List<String> nightly = panel();
        fullBuild(JAN, JUL);

        assertThat(nightly).isEqualTo(panel());
        assertThat(row(people[0], YearMonth.of(2021, 4)))
                .containsEntry("in_active_service_period", false)
                .containsEntry("interviews_on_time", 0);
        assertThat(row(people[2], YearMonth.of(2021, 3))).containsEntry("employed_open", true);
    }

    @Test
    void aOneMonthBuildGivesTheRowsAFullRebuildGivesForThatMonth() {
        long[] people = population();
        fullBuild(JAN, JUL);
        changesOfTheDay(people);
        YearMonth month = YearMonth.of(2021, 6);
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            SourceVersion version = builder.currentSources();
            builder.loadReferenceData(Registry.MUNICIPALITIES);
            builder.stage(version);
            builder.buildMonth(month, version, NOW);
        });
        List<String> june = panel().stream()
                .filter(line -> line.startsWith(month.atEndOfMonth().toString()) || line.startsWith(month + " "))
                .toList();

        fullBuild(JAN, JUL);

        assertThat(june)
                .hasSize(5)
                .isEqualTo(panel().stream()
                        .filter(line ->
                                line.startsWith(month.atEndOfMonth().toString()) || line.startsWith(month + " "))
                        .toList());
    }

    @Test
    void aMonthBuiltWithOtherTrialAreaMembershipsTakesNoChangesAndIsBuiltWhole() {
        unemployed(LocalDate.of(2020, 6, 1));
        fullBuild(JAN, JAN);
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            builder.loadReferenceData(Registry.MUNICIPALITIES);
            assertThat(builder.canTakeChanges(JAN)).isTrue();
            assertThat(builder.canTakeChanges(JAN.plusMonths(1)))
                    .as("not built")
                    .isFalse();
            builder.loadReferenceData(Registry.MUNICIPALITIES.subList(1, Registry.MUNICIPALITIES.size()));
            assertThat(builder.canTakeChanges(JAN)).isFalse();
        });
    }
}
