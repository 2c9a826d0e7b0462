package fi.kuntakokeilu.evaluation.control;

import static fi.kuntakokeilu.testing.SourceFacts.areaAt;
import static fi.kuntakokeilu.testing.SourceFacts.inForce;
import static fi.kuntakokeilu.testing.SourceFacts.statusCondition;
import static fi.kuntakokeilu.testing.SourceFacts.subgroupCondition;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.evaluation.CountScope;
import fi.kuntakokeilu.evaluation.IndicatorCounts;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.testing.TestDatabase;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The indicator counts of the catalogue (domain brief, "What the ministry followed"; definitions in
 * docs/indicators.md), checked against SQL written independently over the clients module's source
 * tables, not over the panel: a seeded population of 400 people with a year and a half of changes.
 */
class PanelCountsTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations", "clients", "services", "evaluation");

    static final String[] STATUSES = {
        "UNEMPLOYED",
        "UNEMPLOYED",
        "UNEMPLOYED",
        "LAID_OFF_FULL",
        "LAID_OFF_PARTIAL",
        "IN_SERVICE",
        "SUBSIDISED_WORK",
        "EMPLOYED",
        "EMPLOYED_PART_TIME",
        "STUDENT",
        "NOT_JOB_SEEKING"
    };
    static final String[] BENEFITS = {"EARNINGS_RELATED", "BASIC_ALLOWANCE", "LABOUR_MARKET_SUBSIDY", "NONE"};
    static final String[] HOMES = {"091", "049", "092", "245", "905", "853"};
    static final String[] TONGUES = {"fin", "fin", "fin", "swe", "sme", "ara", "rus"};
    static final List<YearMonth> MONTHS = List.of(YearMonth.of(2021, 2), YearMonth.of(2021, 3), YearMonth.of(2022, 6));
    static final String[] SERVICES = {
        "PAY_SUBSIDY", "WORK_TRIAL", "LABOUR_MARKET_TRAINING", "COACHING", "MULTISECTORAL_JOINT_SERVICE"
    };
    static final String[] PERIOD_STATUSES = {"PLANNED", "ONGOING", "COMPLETED", "COMPLETED", "INTERRUPTED"};
    static final String[] PLANS = {"EMPLOYMENT_PLAN", "ACTIVATION_PLAN", "INTEGRATION_PLAN", "MULTISECTORAL_JOINT_PLAN"
    };
    static final String[] APPOINTMENTS = {"INITIAL_INTERVIEW", "JOB_SEARCH_DISCUSSION", "JOB_SEEKER_INTERVIEW"};

    @BeforeAll
    static void population() {
        Registry registry = new Registry(db);
        SplittableRandom random = new SplittableRandom(20210301);
        for (int i = 0; i < 400; i++) {
            LocalDate registered = LocalDate.of(2019, 1, 1).plusDays(random.nextInt(900));
            String home = HOMES[random.nextInt(HOMES.length)];
            long id = registry.person(
                    LocalDate.of(1960, 1, 1).plusDays(random.nextInt(16000)),
                    TONGUES[random.nextInt(TONGUES.length)],
                    registered,
                    home,
                    STATUSES[random.nextInt(STATUSES.length)],
                    BENEFITS[random.nextInt(BENEFITS.length)]);
            String area =
                    switch (home) {
                        case "091" -> "helsinki";
                        case "049" -> "espoo";
                        case "092", "245" -> "vantaa-kerava";
                        default -> null;
                    };
            LocalDate day = registered;
            for (int change = random.nextInt(5); change > 0; change--) {
                day = day.plusDays(1 + random.nextInt(200));
                registry.situation(
                        id,
                        day,
                        STATUSES[random.nextInt(STATUSES.length)],
                        BENEFITS[random.nextInt(BENEFITS.length)],
                        home);
            }
            services(registry, random, id, registered);
            if (i % 20 == 0) {
                // some services end in the months whose outcomes June 2022 follows, then work
                LocalDate end = LocalDate.of(2021, 12, 1).plusDays(i % 31);
                registry.servicePeriod(id, "WORK_TRIAL", "COMPLETED", end.minusDays(90), end);
                registry.situation(id, LocalDate.of(2022, 6, 1), "EMPLOYED", "NONE", home);
            } else if (i % 20 == 1) {
                LocalDate end = LocalDate.of(2022, 3, 1).plusDays(i % 31);
                registry.servicePeriod(id, "COACHING", "INTERRUPTED", end.minusDays(60), end);
                registry.situation(id, LocalDate.of(2022, 6, 2), "EMPLOYED_PART_TIME", "NONE", home);
            }
            if (area != null && random.nextInt(4) > 0) {
                LocalDate transfer =
                        registered.isAfter(Registry.TRIAL_START) ? registered.plusDays(7) : Registry.TRIAL_START;
                registry.toArea(id, area, transfer);
                if (random.nextInt(5) == 0) {
                    registry.transfer(
                            id,
                            "TRIAL_AREA",
                            area,
                            "EMPLOYMENT_OFFICE",
                            "uusimaa",
                            transfer.plusDays(random.nextInt(400)));
                }
            } else if (i % 20 == 2) {
                // taken over by another office in June 2022 and interviewed there a week later
                registry.transfer(
                        id, "EMPLOYMENT_OFFICE", "uusimaa", "EMPLOYMENT_OFFICE", "pirkanmaa", LocalDate.of(2022, 6, 1));
                registry.appointment(id, "INITIAL_INTERVIEW", LocalDate.of(2022, 6, 8), LocalDate.of(2022, 6, 8));
            }
        }
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            SourceVersion version = builder.currentSources();
            builder.loadReferenceData(Registry.MUNICIPALITIES);
            builder.stage(version);
            for (YearMonth month : MONTHS) {
                builder.buildMonth(month, version, Instant.parse("2026-11-01T10:00:00Z"));
            }
        });
    }

    /** Random service periods, plans, interviews and discussions from registration on. */
    static void services(Registry registry, SplittableRandom random, long id, LocalDate registered) {
        for (int n = random.nextInt(3); n > 0; n--) {
            LocalDate start = registered.plusDays(random.nextInt(1200));
            String status = PERIOD_STATUSES[random.nextInt(PERIOD_STATUSES.length)];
            LocalDate end =
                    status.equals("ONGOING") && random.nextBoolean() ? null : start.plusDays(30 + random.nextInt(300));
            registry.servicePeriod(id, SERVICES[random.nextInt(SERVICES.length)], status, start, end);
        }
        for (int n = random.nextInt(3); n > 0; n--) {
            LocalDate agreed = registered.plusDays(random.nextInt(1200));
            registry.plan(id, PLANS[random.nextInt(PLANS.length)], agreed, agreed.plusDays(60 + random.nextInt(120)));
        }
        for (int n = random.nextInt(8); n > 0; n--) {
            LocalDate due = registered.plusDays(random.nextInt(1300));
            int held = random.nextInt(10);
            registry.appointment(
                    id,
                    APPOINTMENTS[random.nextInt(APPOINTMENTS.length)],
                    due,
                    held < 2
                            ? null
                            : held < 8 ? due.minusDays(random.nextInt(10)) : due.plusDays(1 + random.nextInt(9)));
        }
    }

    // ---------------------------------------------------------------- independent SQL over the sources

    /** The person's situation row in force at the end of day :d (the latest; the highest id on a day). */
    static String situationAt(String d) {
        return "select s.* from cli_situation s where " + inForce("s", d);
    }

    static long expected(String indicator, YearMonth month, CountScope scope, String area, Subgroup subgroup) {
        String d = "DATE '" + month.atEndOfMonth() + "'";
        String scoped =
                switch (scope) {
                    case COUNTRY -> "1 = 1";
                    case ALL_TRIAL_AREAS -> areaAt(d) + " is not null";
                    case TRIAL_AREA -> areaAt(d) + " = '" + area + "'";
                };
        return db.count("select count(*) from (" + situationAt(d)
                + ") s join cli_job_seeker j on j.id = s.job_seeker_id"
                + " where " + statusCondition(indicator, d) + " and " + subgroupCondition(subgroup.name(), d) + " and "
                + scoped);
    }

    List<IndicatorCounts> counts(YearMonth month) {
        return db.inTransaction(em -> new PanelCounts(em).counts(month, List.of("helsinki", "espoo", "vantaa-kerava")));
    }

    @Test
    void everyCountOfEveryScopeAndSubgroupMatchesTheSourceTables() {
        for (YearMonth month : MONTHS) {
            List<IndicatorCounts> rows = counts(month);
            assertThat(rows).hasSize((3 + 2) * Subgroup.values().length);
            for (IndicatorCounts row : rows) {
                for (IndicatorDefinition definition : IndicatorCatalogue.definitions()) {
                    if (definition.kind() == IndicatorKind.COUNT) {
                        assertThat(row.count(definition.key()))
                                .as(
                                        "%s %s %s %s %s",
                                        definition.key(), month, row.scope(), row.areaKey(), row.subgroup())
                                .isEqualTo(
                                        expected(definition.key(), month, row.scope(), row.areaKey(), row.subgroup()));
                    }
                }
            }
        }
    }

    @Test
    void thePopulationExercisesEveryCount() {
        IndicatorCounts country = counts(YearMonth.of(2022, 6)).stream()
                .filter(r -> r.scope() == CountScope.COUNTRY && r.subgroup() == Subgroup.ALL)
                .findFirst()
                .orElseThrow();
        for (IndicatorCatalogue.Count count : IndicatorCatalogue.counts()) {
            assertThat(country.count(count.definition().key()))
                    .as(count.definition().key())
                    .isPositive();
        }
        IndicatorCounts trialAreas = counts(YearMonth.of(2021, 2)).stream()
                .filter(r -> r.scope() == CountScope.ALL_TRIAL_AREAS && r.subgroup() == Subgroup.ALL)
                .findFirst()
                .orElseThrow();
        assertThat(trialAreas.count("JOB_SEEKERS"))
                .as("nobody in a trial area before the trial")
                .isZero();
    }

    @Test
    void everyShareNamesCountsOfTheCatalogue() {
        List<String> countKeys = IndicatorCatalogue.counts().stream()
                .map(c -> c.definition().key())
                .toList();
        for (IndicatorDefinition share : IndicatorCatalogue.definitions()) {
            if (share.kind() == IndicatorKind.SHARE) {
                assertThat(countKeys).contains(share.numerator()).containsAll(share.denominator());
            }
        }
        assertThat(IndicatorCatalogue.definition("ACTIVATION_RATE")
                        .orElseThrow()
                        .denominator())
                .containsExactly("UNEMPLOYED", "IN_ACTIVE_SERVICES");
    }
}
