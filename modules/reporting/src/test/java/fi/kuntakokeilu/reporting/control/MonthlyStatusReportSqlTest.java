package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.evaluation.CountScope;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.evaluation.boundary.IndicatorsFacade;
import fi.kuntakokeilu.evaluation.control.PanelBuilder;
import fi.kuntakokeilu.evaluation.control.PanelCounts;
import fi.kuntakokeilu.evaluation.control.SourceVersion;
import fi.kuntakokeilu.organisations.boundary.OrganisationsFacade;
import fi.kuntakokeilu.organisations.control.OrganisationReader;
import fi.kuntakokeilu.organisations.control.OrganisationStore;
import fi.kuntakokeilu.reporting.AreaFigures;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.IndicatorFigure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.PeriodChange;
import fi.kuntakokeilu.reporting.SubgroupFigures;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import fi.kuntakokeilu.reporting.support.SourceRegistry;
import fi.kuntakokeilu.testing.TestDatabase;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every figure of one month's monthly status report, as the real indicator facade and the report
 * builder publish it, equals a count written as SQL over the clients module's source tables, not
 * over the panel (reporting issue, "Done when"; the figures are the ministry's, domain brief "What
 * the ministry followed"). January 2022 is compared with December 2021 (the change on the previous
 * month, across a year boundary) and January 2021 (a year earlier, before the trial started).
 */
class MonthlyStatusReportSqlTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations", "clients", "services", "evaluation");

    static final YearMonth MONTH = YearMonth.of(2022, 1);
    static final YearMonth PREVIOUS = YearMonth.of(2021, 12);
    static final YearMonth YEAR_AGO = YearMonth.of(2021, 1);

    static SourceRegistry sources;
    static final Map<String, Long> counted = new HashMap<>();

    @BeforeAll
    static void panel() {
        sources = new SourceRegistry(db);
        sources.trialAreas();
        sources.population(400, 20220131);
        db.run(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            SourceVersion version = builder.currentSources();
            builder.loadReferenceData(SourceRegistry.MUNICIPALITIES);
            builder.stage(version);
            for (YearMonth month : List.of(YEAR_AGO, PREVIOUS, MONTH)) {
                builder.buildMonth(month, version, Instant.parse("2026-11-01T10:00:00Z"));
            }
        });
    }

    /** The report through the real {@link fi.kuntakokeilu.evaluation.Indicators}, wired by hand. */
    static MonthlyStatusReport report(int threshold) {
        return db.inTransaction(em -> {
            PublishedMonths months = new PublishedMonths(indicators(em), new SuppressionPolicy(threshold, false));
            return new MonthlyStatusReportBuilder(months::month, Map.of(), 5)
                    .build(MONTH, threshold, PublishedMonths.catalogueVersion(months.catalogue()));
        });
    }

    static IndicatorsFacade indicators(EntityManager em) {
        OrganisationsFacade organisations = new OrganisationsFacade();
        OrganisationStore store = new OrganisationStore(em);
        inject(organisations, "store", store);
        inject(organisations, "reads", new OrganisationReader(store));
        IndicatorsFacade indicators = new IndicatorsFacade();
        inject(indicators, "panel", new PanelBuilder(em));
        inject(indicators, "counts", new PanelCounts(em));
        inject(indicators, "organisations", organisations);
        return indicators;
    }

    /** The container injects these package-private fields; a test in another package sets them the same way. */
    static void inject(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The SQL count over the source tables; {@code area} null means all trial areas together. */
    static long sql(String indicator, YearMonth month, String area, Subgroup subgroup) {
        String key = indicator + "/" + month + "/" + area + "/" + subgroup;
        return counted.computeIfAbsent(
                key,
                k -> sources.count(
                        indicator,
                        month,
                        area == null ? CountScope.ALL_TRIAL_AREAS : CountScope.TRIAL_AREA,
                        area,
                        subgroup));
    }

    /** The share from the SQL counts, round(100 · numerator / denominator, 1) half up; null when 0/0. */
    static BigDecimal sqlShare(IndicatorDefinition share, YearMonth month, String area, Subgroup subgroup) {
        long denominator = share.denominator().stream()
                .mapToLong(key -> sql(key, month, area, subgroup))
                .sum();
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(100 * sql(share.numerator(), month, area, subgroup))
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** Calls {@code check} for every area and the all-areas total, every subgroup and every indicator. */
    static void everyFigure(MonthlyStatusReport report, BiConsumer<String, Cell> check) {
        List<IndicatorDefinition> catalogue =
                db.inTransaction(em -> indicators(em).catalogue());
        Map<String, IndicatorDefinition> byKey = new HashMap<>();
        catalogue.forEach(d -> byKey.put(d.key(), d));
        List<AreaFigures> columns = new java.util.ArrayList<>(report.areas());
        columns.add(report.allTrialAreas());
        for (AreaFigures column : columns) {
            assertThat(column.subgroups()).extracting(SubgroupFigures::subgroup).containsExactly(Subgroup.values());
            for (SubgroupFigures subgroup : column.subgroups()) {
                assertThat(subgroup.indicators())
                        .extracting(IndicatorFigure::key)
                        .containsExactlyElementsOf(
                                catalogue.stream().map(IndicatorDefinition::key).toList());
                for (IndicatorFigure figure : subgroup.indicators()) {
                    String label =
                            figure.key() + " " + (column.areaKey() == null ? "all trial areas" : column.areaKey()) + " "
                                    + subgroup.subgroup();
                    check.accept(
                            label, new Cell(byKey.get(figure.key()), column.areaKey(), subgroup.subgroup(), figure));
                }
            }
        }
    }

    record Cell(IndicatorDefinition definition, String area, Subgroup subgroup, IndicatorFigure figure) {
        boolean isCount() {
            return definition.kind() == IndicatorKind.COUNT;
        }
    }

    @Test
    void withThresholdOneEveryCountAndShareEqualsTheSourceTables() {
        MonthlyStatusReport report = report(1);
        assertThat(report.areas()).extracting(AreaFigures::areaKey).containsExactlyElementsOf(SourceRegistry.AREAS);
        int[] checked = new int[2];
        everyFigure(report, (label, cell) -> {
            Figure value = cell.figure().value();
            if (cell.isCount()) {
                assertThat(value.isShown()).as(label).isTrue();
                assertThat(value.longValueExact())
                        .as(label)
                        .isEqualTo(sql(cell.definition().key(), MONTH, cell.area(), cell.subgroup()));
                checked[0]++;
            } else {
                BigDecimal expected = sqlShare(cell.definition(), MONTH, cell.area(), cell.subgroup());
                if (expected == null) {
                    assertThat(value).as(label).isEqualTo(Figure.notApplicable());
                } else {
                    assertThat(value.value()).as(label).isEqualTo(expected);
                }
                checked[1]++;
            }
        });
        assertThat(checked[0]).as("counts checked").isGreaterThanOrEqualTo(4 * 4 * 10);
        assertThat(checked[1]).as("shares checked").isGreaterThanOrEqualTo(4 * 4 * 2);
        assertThat(sql("JOB_SEEKERS", MONTH, null, Subgroup.ALL))
                .as("the population fills the trial areas")
                .isGreaterThan(100);
    }

    @Test
    void theCountryComparisonEqualsTheSourceTables() {
        MonthlyStatusReport report = report(1);
        var comparison = report.countryComparison();
        long areasSeekers = sql("JOB_SEEKERS", MONTH, null, Subgroup.ALL);
        long areasUnemployed = sql("UNEMPLOYED", MONTH, null, Subgroup.ALL);
        long countrySeekers = sources.count("JOB_SEEKERS", MONTH, CountScope.COUNTRY, null, Subgroup.ALL);
        long countryUnemployed = sources.count("UNEMPLOYED", MONTH, CountScope.COUNTRY, null, Subgroup.ALL);
        assertThat(comparison.trialAreasJobSeekers().longValueExact()).isEqualTo(areasSeekers);
        assertThat(comparison.trialAreasUnemployed().longValueExact()).isEqualTo(areasUnemployed);
        assertThat(comparison.countryJobSeekers().longValueExact()).isEqualTo(countrySeekers);
        assertThat(comparison.countryUnemployed().longValueExact()).isEqualTo(countryUnemployed);
        assertThat(countrySeekers)
                .as("the country has the offices' customers too")
                .isGreaterThan(areasSeekers);
        assertThat(comparison.trialAreasUnemployedShare().value()).isEqualTo(percent(areasUnemployed, areasSeekers));
        assertThat(comparison.countryUnemployedShare().value()).isEqualTo(percent(countryUnemployed, countrySeekers));
    }

    @Test
    void withThresholdFiveShownFiguresEqualTheSourceTablesAndEveryCountUnderFiveIsHidden() {
        MonthlyStatusReport report = report(5);
        int[] hidden = new int[1];
        everyFigure(report, (label, cell) -> {
            Figure value = cell.figure().value();
            if (cell.isCount()) {
                long expected = sql(cell.definition().key(), MONTH, cell.area(), cell.subgroup());
                if (expected >= 1 && expected <= 4) {
                    assertThat(value.isSuppressed())
                            .as("%s = %d must be hidden", label, expected)
                            .isTrue();
                }
                if (value.isShown()) {
                    assertThat(value.longValueExact()).as(label).isEqualTo(expected);
                } else {
                    assertThat(value.isSuppressed()).as(label).isTrue();
                    hidden[0]++;
                }
            } else if (value.isShown()) {
                assertThat(value.value())
                        .as(label)
                        .isEqualTo(sqlShare(cell.definition(), MONTH, cell.area(), cell.subgroup()));
            }
        });
        assertThat(hidden[0]).as("the population has small cells to hide").isPositive();
    }

    @Test
    void theChangesOnThePreviousMonthAndAYearEarlierEqualTheSourceTables() {
        MonthlyStatusReport report = report(1);
        everyFigure(report, (label, cell) -> {
            assertChange(label + " m/m", cell, PREVIOUS, cell.figure().monthOnMonth());
            assertChange(label + " y/y", cell, YEAR_AGO, cell.figure().yearOnYear());
        });
    }

    static void assertChange(String label, Cell cell, YearMonth earlier, PeriodChange change) {
        if (cell.isCount()) {
            long now = sql(cell.definition().key(), MONTH, cell.area(), cell.subgroup());
            long then = sql(cell.definition().key(), earlier, cell.area(), cell.subgroup());
            assertThat(change.absolute().longValueExact()).as(label).isEqualTo(now - then);
            if (then == 0) {
                assertThat(change.percent()).as(label).isEqualTo(Figure.notApplicable());
            } else {
                assertThat(change.percent().value()).as(label).isEqualTo(percent(now - then, then));
            }
        } else {
            BigDecimal now = sqlShare(cell.definition(), MONTH, cell.area(), cell.subgroup());
            BigDecimal then = sqlShare(cell.definition(), earlier, cell.area(), cell.subgroup());
            if (now == null || then == null) {
                assertThat(change.absolute()).as(label).isEqualTo(Figure.notApplicable());
            } else {
                assertThat(change.absolute().value()).as(label).isEqualByComparingTo(now.subtract(then));
            }
            assertThat(change.percent())
                    .as("%s: a share changes in percentage points only", label)
                    .isEqualTo(Figure.notApplicable());
        }
    }

    static BigDecimal percent(long numerator, long denominator) {
        return BigDecimal.valueOf(100 * numerator).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
