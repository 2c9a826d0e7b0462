package fi.kuntakokeilu.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.kuntakokeilu.evaluation.EstimateRequest;
import fi.kuntakokeilu.evaluation.EstimateView;
import fi.kuntakokeilu.evaluation.control.estimation.Observation;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Estimates on request (domain brief, "Evaluation": difference-in-differences per municipality and
 * month with cluster-robust intervals, and an event study with its pre-trend test; docs/estimators.md,
 * "The estimates endpoint"). The municipality-months the estimators take are checked against an
 * aggregate written independently over the panel's labour-market statuses; a seeded population of
 * 600 people in three treated municipalities (two from March 2021, one from May 2021) and three
 * comparison municipalities, January to August 2021.
 */
class EstimatorTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations", "clients", "services", "evaluation");

    static final String DESIGN = "estimates-test";
    static final Map<String, LocalDate> STARTS =
            Map.of("091", LocalDate.of(2021, 3, 1), "049", LocalDate.of(2021, 3, 1), "092", LocalDate.of(2021, 5, 1));
    static final List<String> COMPARISON = List.of("245", "905", "853");
    static final String[] HOMES = {"091", "049", "092", "245", "905", "853"};
    static final String[] STATUSES = {
        "UNEMPLOYED", "UNEMPLOYED", "LAID_OFF_FULL", "IN_SERVICE", "SUBSIDISED_WORK", "EMPLOYED", "STUDENT"
    };
    static final YearMonth FIRST = YearMonth.of(2021, 1);
    static final YearMonth LAST = YearMonth.of(2021, 8);

    static long designId;

    @BeforeAll
    static void population() {
        Registry registry = new Registry(db);
        SplittableRandom random = new SplittableRandom(20210301);
        for (int i = 0; i < 600; i++) {
            String home = HOMES[random.nextInt(HOMES.length)];
            LocalDate registered = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(500));
            long id = registry.person(
                    LocalDate.of(1965, 1, 1).plusDays(random.nextInt(14000)),
                    "fin",
                    registered,
                    home,
                    STATUSES[random.nextInt(STATUSES.length)],
                    "BASIC_ALLOWANCE");
            LocalDate day = registered;
            for (int change = random.nextInt(4); change > 0; change--) {
                day = day.plusDays(1 + random.nextInt(150));
                registry.situation(id, day, STATUSES[random.nextInt(STATUSES.length)], "BASIC_ALLOWANCE", home);
            }
        }
        db.execute("insert into eva_design (design_key, name, description, pre_period_from, follow_up_to,"
                + " outcome_indicators, created_at) values ('" + DESIGN + "', 'Test', 'Test design',"
                + " '2021-01-01', '2021-08-01', 'UNEMPLOYED_SHARE', now())");
        designId = db.count("select id from eva_design where design_key = ?", DESIGN);
        STARTS.forEach((code, start) -> db.execute("insert into eva_design_unit (design_id, municipality_code, arm,"
                + " area_key, treated_from) values (" + designId + ", '" + code + "', 'TREATED', 'area-" + code
                + "', '" + start + "')"));
        COMPARISON.forEach(code -> db.execute("insert into eva_design_unit (design_id, municipality_code, arm)"
                + " values (" + designId + ", '" + code + "', 'COMPARISON')"));
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            SourceVersion version = builder.currentSources();
            builder.loadReferenceData(Registry.MUNICIPALITIES);
            builder.stage(version);
            for (YearMonth month = FIRST; !month.isAfter(LAST); month = month.plusMonths(1)) {
                builder.buildMonth(month, version, Instant.parse("2026-11-01T10:00:00Z"));
            }
        });
    }

    /** Per municipality and month end: job seekers, unemployed, in active services, straight from the statuses. */
    static Map<String, long[]> independentAggregate() {
        String sql = "select home_municipality, month_end, count(*),"
                + " sum(labour_market_status in ('UNEMPLOYED','LAID_OFF_FULL')),"
                + " sum(labour_market_status in ('IN_SERVICE','SUBSIDISED_WORK'))"
                + " from eva_panel where month_end between '2021-01-31' and '2021-08-31'"
                + " and home_municipality in ('091','049','092','245','905','853')"
                + " group by home_municipality, month_end";
        Map<String, long[]> cells = new TreeMap<>();
        try (Connection connection = db.dataSource().getConnection();
                var select = connection.prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                cells.put(
                        rows.getString(1) + " " + YearMonth.from(rows.getObject(2, LocalDate.class)),
                        new long[] {rows.getLong(3), rows.getLong(4), rows.getLong(5)});
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return cells;
    }

    static List<Observation> observations(String indicator) {
        return db.inTransaction(em -> new EstimationPanel(em)
                .cells(designId, IndicatorCatalogue.definition(indicator).orElseThrow(), FIRST, LAST)
                .observations());
    }

    @Test
    void aCountIndicatorIsItsShareOfTheMunicipalitysJobSeekersWeightedByThem() {
        Map<String, long[]> expected = independentAggregate();
        List<Observation> observations = observations("UNEMPLOYED");

        assertThat(expected).hasSize(6 * 8);
        assertThat(observations).hasSize(expected.size());
        for (Observation cell : observations) {
            long[] counts = expected.get(cell.unit() + " " + cell.month());
            assertThat(cell.weight())
                    .as("job seekers %s %s", cell.unit(), cell.month())
                    .isEqualTo(counts[0]);
            assertThat(cell.outcome())
                    .as("unemployed %s %s", cell.unit(), cell.month())
                    .isCloseTo(100.0 * counts[1] / counts[0], within(1e-9));
        }
    }

    @Test
    void aShareIndicatorKeepsItsOwnFormula() {
        Map<String, long[]> expected = independentAggregate();
        List<Observation> observations = observations("ACTIVATION_RATE");

        assertThat(observations).hasSize(expected.size());
        for (Observation cell : observations) {
            long[] counts = expected.get(cell.unit() + " " + cell.month());
            assertThat(cell.outcome())
                    .as("activation rate %s %s", cell.unit(), cell.month())
                    .isCloseTo(100.0 * counts[2] / (counts[1] + counts[2]), within(1e-9));
            assertThat(cell.weight()).isEqualTo(counts[0]);
        }
    }

    @Test
    void aMunicipalityIsTreatedFromTheMonthItsTreatmentStarts() {
        for (Observation cell : observations("JOB_SEEKERS")) {
            LocalDate start = STARTS.get(cell.unit());
            boolean expected = start != null && !cell.month().atEndOfMonth().isBefore(start);
            assertThat(cell.treated()).as("%s %s", cell.unit(), cell.month()).isEqualTo(expected);
        }
        Map<String, YearMonth> starts = db.inTransaction(em -> new EstimationPanel(em)
                .cells(designId, IndicatorCatalogue.definition("JOB_SEEKERS").orElseThrow(), FIRST, LAST)
                .starts());
        assertThat(starts)
                .isEqualTo(Map.of(
                        "091", YearMonth.of(2021, 3), "049", YearMonth.of(2021, 3), "092", YearMonth.of(2021, 5)));
    }

    @Test
    void givesAFiniteEstimateWithItsIntervalAndTheEventStudy() {
        EstimateView estimate =
                estimate(new EstimateRequest(DESIGN, "UNEMPLOYED_SHARE", "2021-01", "2021-08", null, null));

        assertThat(estimate.effect()).isFinite();
        assertThat(estimate.standardError()).isFinite().isPositive();
        assertThat(estimate.lower95()).isLessThan(estimate.effect());
        assertThat(estimate.upper95()).isGreaterThan(estimate.effect());
        assertThat(estimate.observations()).isEqualTo(48);
        assertThat(estimate.clusters()).isEqualTo(6);
        assertThat(estimate.degreesOfFreedom()).isEqualTo(5);
        assertThat(estimate.treatedMunicipalities()).isEqualTo(3);
        assertThat(estimate.comparisonMunicipalities()).isEqualTo(3);
        // By default the window is as wide as the period allows: May's start seen from January, March's until August.
        assertThat(estimate.leads()).isEqualTo(4);
        assertThat(estimate.lags()).isEqualTo(5);
        assertThat(estimate.eventStudy())
                .extracting(EstimateView.EventEffect::relativeMonth)
                .containsExactly(-4, -3, -2, -1, 0, 1, 2, 3, 4, 5);
        assertThat(estimate.eventStudy())
                .allSatisfy(e -> assertThat(e.upper95()).isFinite());
        assertThat(estimate.preTrend().degreesOfFreedom()).isEqualTo(3);
        assertThat(estimate.preTrend().pValue()).isBetween(0.0, 1.0);
        assertThat(estimate.indicatorVersion()).isEqualTo(1);
        assertThat(estimate.catalogueVersion()).isEqualTo(IndicatorCatalogue.VERSION);
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefusedNamingTo() {
        assertThat(fields(new EstimateRequest(DESIGN, "UNEMPLOYED_SHARE", "2021-08", "2021-01", null, null)))
                .containsExactly("to evaluation.estimate.period.order");
    }

    @Test
    void aPeriodWithoutATreatedMonthIsRefusedNamingThePeriod() {
        assertThat(fields(new EstimateRequest(DESIGN, "UNEMPLOYED_SHARE", "2021-01", "2021-02", null, null)))
                .containsExactly("from evaluation.estimate.noTreatedMonths", "to evaluation.estimate.noTreatedMonths");
    }

    @Test
    void aPeriodWithoutAMonthBeforeTheStartIsRefusedNamingFrom() {
        assertThat(fields(new EstimateRequest(DESIGN, "UNEMPLOYED_SHARE", "2021-06", "2021-08", null, null)))
                .containsExactly("from evaluation.estimate.noPrePeriod");
    }

    @Test
    void anEventWindowWiderThanThePeriodIsRefusedNamingTheWindow() {
        assertThat(fields(new EstimateRequest(DESIGN, "UNEMPLOYED_SHARE", "2021-01", "2021-08", 8, 5)))
                .containsExactly("leads evaluation.estimate.window", "lags evaluation.estimate.window");
    }

    @Test
    void anUnknownDesignOrIndicatorIsRefusedNamingEach() {
        assertThat(fields(new EstimateRequest("no-such-design", "NO_SUCH", "2021-01", "2021-08", null, null)))
                .containsExactly(
                        "design evaluation.estimate.design.unknown", "indicator evaluation.estimate.indicator.unknown");
    }

    @Test
    void aPeriodThePanelDoesNotHoldIsRefusedNamingFrom() {
        assertThat(fields(new EstimateRequest(DESIGN, "UNEMPLOYED_SHARE", "2019-01", "2019-12", null, null)))
                .containsExactly("from evaluation.estimate.period.empty");
    }

    static EstimateView estimate(EstimateRequest request) {
        return db.inTransaction(em -> new Estimator(em).estimate(request));
    }

    static List<String> fields(EstimateRequest request) {
        try {
            estimate(request);
        } catch (InvalidInputException e) {
            return e.fieldErrors().stream()
                    .map(error -> error.field() + " " + error.key())
                    .toList();
        }
        throw new AssertionError("expected invalid input for " + request);
    }
}
