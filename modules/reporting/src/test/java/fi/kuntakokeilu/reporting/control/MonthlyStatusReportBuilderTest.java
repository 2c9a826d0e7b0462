package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.AreaFigures;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.FigureStatus;
import fi.kuntakokeilu.reporting.IndicatorFigure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.PublishedList;
import fi.kuntakokeilu.reporting.PublishedTable;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import fi.kuntakokeilu.reporting.TimeSeries;
import fi.kuntakokeilu.reporting.support.ConstructedPanel;
import fi.kuntakokeilu.reporting.support.ConstructedPanel.Counts;
import fi.kuntakokeilu.reporting.support.SamplePanels;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The monthly status report as the ministry followed it (domain brief, "What the ministry
 * followed"), built from a constructed panel whose every figure can be worked out by hand.
 */
class MonthlyStatusReportBuilderTest {

    private static final YearMonth JAN_2021 = SamplePanels.JAN_2021;
    private static final YearMonth DEC_2021 = SamplePanels.DEC_2021;
    private static final YearMonth JAN_2022 = SamplePanels.JAN_2022;

    private final ConstructedPanel panel = SamplePanels.aroundNewYear2022();

    private MonthlyStatusReport report(YearMonth month, SuppressionPolicy policy) {
        return SamplePanels.report(panel, month, policy);
    }

    private MonthlyStatusReport report(YearMonth month) {
        return report(month, SuppressionPolicy.defaults());
    }

    private static IndicatorFigure figure(MonthlyStatusReport report, String area, Subgroup subgroup, String key) {
        AreaFigures figures = area == null
                ? report.allTrialAreas()
                : report.areas().stream()
                        .filter(a -> a.areaKey().equals(area))
                        .findFirst()
                        .orElseThrow();
        return figures.subgroup(subgroup).indicator(key);
    }

    private static Figure percent(String value) {
        return Figure.shown(new BigDecimal(value));
    }

    @Test
    void reportsEveryIndicatorOfTheCataloguePerAreaAndForAllTrialAreas() {
        MonthlyStatusReport report = report(JAN_2022);

        assertThat(report.month()).isEqualTo("2022-01");
        assertThat(report.indicators()).startsWith("JOB_SEEKERS", "UNEMPLOYED").endsWith("ACTIVATION_RATE");
        assertThat(report.areas()).extracting(AreaFigures::areaKey).containsExactly("helsinki", "kainuu", "pirkanmaa");
        assertThat(report.areas().get(0).name(java.util.Locale.forLanguageTag("sv")))
                .isEqualTo("Helsingfors");
        assertThat(figure(report, "helsinki", Subgroup.ALL, "JOB_SEEKERS").value())
                .isEqualTo(Figure.count(20000));
        assertThat(figure(report, null, Subgroup.ALL, "JOB_SEEKERS").value()).isEqualTo(Figure.count(30800));
        assertThat(figure(report, null, Subgroup.ALL, "EMPLOYED").value()).isEqualTo(Figure.count(4620));
        // 12,000 of 20,000 job seekers unemployed; activation 5,000 / (12,000 + 5,000).
        assertThat(figure(report, "helsinki", Subgroup.ALL, "UNEMPLOYED_SHARE").value())
                .isEqualTo(percent("60.0"));
        assertThat(figure(report, "helsinki", Subgroup.ALL, "ACTIVATION_RATE").value())
                .isEqualTo(percent("29.4"));
        assertThat(figure(report, "helsinki", Subgroup.ALL, "ACTIVATION_RATE").kind())
                .isEqualTo(IndicatorKind.SHARE);
        // The constructed subgroup of under-30s is 30 % of each count.
        assertThat(figure(report, "helsinki", Subgroup.UNDER_30, "JOB_SEEKERS").value())
                .isEqualTo(Figure.count(6000));
    }

    @Test
    void comparesJanuaryWithTheDecemberBeforeItAndTheJanuaryAYearEarlier() {
        MonthlyStatusReport report = report(JAN_2022);
        IndicatorFigure jobSeekers = figure(report, "helsinki", Subgroup.ALL, "JOB_SEEKERS");

        // 2022-01 against 2021-12: 20,000 − 19,000 = +1,000, that is +5.3 % of 19,000.
        assertThat(jobSeekers.monthOnMonth().absolute()).isEqualTo(Figure.count(1000));
        assertThat(jobSeekers.monthOnMonth().percent()).isEqualTo(percent("5.3"));
        // 2022-01 against 2021-01: 20,000 − 25,000 = −5,000, that is −20.0 % of 25,000.
        assertThat(jobSeekers.yearOnYear().absolute()).isEqualTo(Figure.count(-5000));
        assertThat(jobSeekers.yearOnYear().percent()).isEqualTo(percent("-20.0"));

        IndicatorFigure total = figure(report, null, Subgroup.ALL, "JOB_SEEKERS");
        // All trial areas: 30,800 against 29,620 and 36,900.
        assertThat(total.monthOnMonth().absolute()).isEqualTo(Figure.count(1180));
        assertThat(total.monthOnMonth().percent()).isEqualTo(percent("4.0"));
        assertThat(total.yearOnYear().absolute()).isEqualTo(Figure.count(-6100));
        assertThat(total.yearOnYear().percent()).isEqualTo(percent("-16.5"));
    }

    @Test
    void changesAShareInPercentagePointsOnly() {
        IndicatorFigure share = figure(report(JAN_2022), "helsinki", Subgroup.ALL, "UNEMPLOYED_SHARE");

        // 60.0 % now; 11,500 / 19,000 = 60.5 % in December; 16,000 / 25,000 = 64.0 % a year earlier.
        assertThat(share.monthOnMonth().absolute()).isEqualTo(percent("-0.5"));
        assertThat(share.monthOnMonth().percent().status()).isEqualTo(FigureStatus.NOT_APPLICABLE);
        assertThat(share.yearOnYear().absolute()).isEqualTo(percent("-4.0"));
    }

    @Test
    void aChangeAgainstAMonthThePanelDoesNotHoldIsNotApplicable() {
        // The panel holds no November 2021 and no December 2020.
        IndicatorFigure jobSeekers = figure(report(DEC_2021), "helsinki", Subgroup.ALL, "JOB_SEEKERS");

        assertThat(jobSeekers.monthOnMonth().absolute().status()).isEqualTo(FigureStatus.NOT_APPLICABLE);
        assertThat(jobSeekers.yearOnYear().absolute().status()).isEqualTo(FigureStatus.NOT_APPLICABLE);
    }

    @Test
    void hidesEveryCountUnderTheThresholdInEveryAreaSubgroupAndTotal() {
        SuppressionPolicy policy = SuppressionPolicy.defaults();
        MonthlyStatusReport report = report(JAN_2022, policy);

        int hiddenSmall = 0;
        for (Subgroup subgroup : Subgroup.values()) {
            for (String key : ConstructedPanel.COUNTS) {
                for (AreaFigures area : report.areas()) {
                    long truth = trueCount(area.areaKey(), subgroup, key);
                    Figure published = area.subgroup(subgroup).indicator(key).value();
                    if (policy.isSmall(truth)) {
                        assertThat(published.isSuppressed())
                                .as("%s %s %s = %d", area.areaKey(), subgroup, key, truth)
                                .isTrue();
                        hiddenSmall++;
                    } else if (published.isShown()) {
                        assertThat(published.longValueExact()).isEqualTo(truth);
                    }
                }
            }
        }
        // At least Kainuu's 3 fully laid off, 2 subsidised, and its foreign-language 4 unemployed
        // and 2 long-term unemployed.
        assertThat(hiddenSmall).isGreaterThanOrEqualTo(4);
        assertThat(figure(report, "kainuu", Subgroup.ALL, "LAID_OFF_FULL")
                        .value()
                        .isSuppressed())
                .isTrue();
        assertThat(figure(report, "kainuu", Subgroup.ALL, "EMPLOYED_SUBSIDISED")
                        .value()
                        .isSuppressed())
                .isTrue();
    }

    @Test
    void noHiddenCellCanBeWorkedOutFromTheAreasAndTheirTotal() {
        SuppressionPolicy policy = SuppressionPolicy.defaults();
        MonthlyStatusReport report = report(JAN_2022, policy);
        List<String> areaKeys =
                report.areas().stream().map(AreaFigures::areaKey).toList();

        for (Subgroup subgroup : Subgroup.values()) {
            for (String key : ConstructedPanel.COUNTS) {
                long[] truth = areaKeys.stream()
                        .mapToLong(area -> trueCount(area, subgroup, key))
                        .toArray();
                List<Figure> values = new ArrayList<>();
                for (AreaFigures area : report.areas()) {
                    values.add(area.subgroup(subgroup).indicator(key).value());
                }
                PublishedList published = new PublishedList(
                        areaKeys, values, figure(report, null, subgroup, key).value(), policy);
                assertThat(DisclosureVerifier.audit(CountList.of(areaKeys, truth), published)
                                .isSafe())
                        .as("%s %s", subgroup, key)
                        .isTrue();
            }
        }
    }

    @Test
    void employedOpenAndSubsidisedAreProtectedTogetherBecauseEmployedIsTheirSum() {
        SuppressionPolicy policy = SuppressionPolicy.defaults();
        MonthlyStatusReport report = report(JAN_2022, policy);
        List<String> areaKeys =
                report.areas().stream().map(AreaFigures::areaKey).toList();

        for (Subgroup subgroup : Subgroup.values()) {
            long[][] truth = new long[areaKeys.size()][];
            List<List<Figure>> cells = new ArrayList<>();
            List<Figure> rowTotals = new ArrayList<>();
            for (int a = 0; a < areaKeys.size(); a++) {
                String area = areaKeys.get(a);
                truth[a] = new long[] {
                    trueCount(area, subgroup, "EMPLOYED_OPEN"), trueCount(area, subgroup, "EMPLOYED_SUBSIDISED")
                };
                cells.add(List.of(
                        figure(report, area, subgroup, "EMPLOYED_OPEN").value(),
                        figure(report, area, subgroup, "EMPLOYED_SUBSIDISED").value()));
                rowTotals.add(figure(report, area, subgroup, "EMPLOYED").value());
            }
            List<String> columns = List.of("EMPLOYED_OPEN", "EMPLOYED_SUBSIDISED");
            PublishedTable published = new PublishedTable(
                    areaKeys,
                    columns,
                    cells,
                    rowTotals,
                    List.of(
                            figure(report, null, subgroup, "EMPLOYED_OPEN").value(),
                            figure(report, null, subgroup, "EMPLOYED_SUBSIDISED")
                                    .value()),
                    figure(report, null, subgroup, "EMPLOYED").value(),
                    policy);

            assertThat(DisclosureVerifier.audit(CountTable.of(areaKeys, columns, truth), published)
                            .isSafe())
                    .as("%s", subgroup)
                    .isTrue();
        }
        // Kainuu's 2 subsidised are hidden, and so is something that would give them back:
        // employed (120) minus open (118) must not be both shown.
        assertThat(figure(report, "kainuu", Subgroup.ALL, "EMPLOYED").value().isShown()
                        && figure(report, "kainuu", Subgroup.ALL, "EMPLOYED_OPEN")
                                .value()
                                .isShown())
                .isFalse();
    }

    @Test
    void aShareOnAHiddenCountIsHidden() {
        MonthlyStatusReport report = report(JAN_2022);

        // Kainuu's foreign-language job seekers: 4 unemployed, under the threshold.
        assertThat(figure(report, "kainuu", Subgroup.FOREIGN_LANGUAGE, "UNEMPLOYED")
                        .value()
                        .isSuppressed())
                .isTrue();
        assertThat(figure(report, "kainuu", Subgroup.FOREIGN_LANGUAGE, "UNEMPLOYED_SHARE")
                        .value()
                        .isSuppressed())
                .isTrue();
        assertThat(figure(report, "kainuu", Subgroup.FOREIGN_LANGUAGE, "ACTIVATION_RATE")
                        .value()
                        .isSuppressed())
                .isTrue();
    }

    @Test
    void aChangeOnAHiddenCountIsHiddenInBothMonths() {
        MonthlyStatusReport report = report(JAN_2022);
        // Kainuu's fully laid off: 3 now, 4 in December, 6 a year earlier.
        IndicatorFigure laidOff = figure(report, "kainuu", Subgroup.ALL, "LAID_OFF_FULL");

        assertThat(laidOff.monthOnMonth().absolute().isSuppressed()).isTrue();
        assertThat(laidOff.monthOnMonth().percent().isSuppressed()).isTrue();
        assertThat(laidOff.yearOnYear().absolute().isSuppressed()).isTrue();
    }

    @Test
    void theThresholdComesFromThePolicy() {
        // With a threshold of 10, Kainuu's 6 fully laid off of January 2021 are hidden too.
        MonthlyStatusReport report = report(JAN_2021, new SuppressionPolicy(10, false));

        assertThat(report.threshold()).isEqualTo(10);
        assertThat(figure(report, "kainuu", Subgroup.ALL, "LAID_OFF_FULL")
                        .value()
                        .isSuppressed())
                .isTrue();
        assertThat(figure(report(JAN_2021), "kainuu", Subgroup.ALL, "LAID_OFF_FULL")
                        .value())
                .isEqualTo(Figure.count(6));
    }

    @Test
    void setsTheTrialAreasUnemployedShareAgainstTheWholeCountry() {
        MonthlyStatusReport report = report(JAN_2022);

        // Trial areas: 18,480 unemployed of 30,800 (60.0 %); the country adds the offices' 450 of
        // 1,000: 18,930 of 31,800 (59.5 %).
        assertThat(report.countryComparison().trialAreasUnemployed()).isEqualTo(Figure.count(18480));
        assertThat(report.countryComparison().trialAreasUnemployedShare()).isEqualTo(percent("60.0"));
        assertThat(report.countryComparison().countryJobSeekers()).isEqualTo(Figure.count(31800));
        assertThat(report.countryComparison().countryUnemployedShare()).isEqualTo(percent("59.5"));
    }

    @Test
    void hidesTheCountryWhenTheOfficesCountIsSmallSinceTheTrialAreasTotalIsPublished() {
        // The employment offices have 3 unemployed in January 2022: the country (trial areas + 3)
        // would give them back against the trial areas' published total.
        panel.offices(JAN_2022, Counts.of(1000, 3, 0, 90, 100, 300, 250, 50, 140, 2));
        MonthlyStatusReport report = report(JAN_2022);

        assertThat(report.countryComparison().trialAreasUnemployed()).isEqualTo(Figure.count(18480));
        assertThat(report.countryComparison().countryUnemployed().isSuppressed())
                .isTrue();
        assertThat(report.countryComparison().countryUnemployedShare().isSuppressed())
                .isTrue();
        assertThat(report.countryComparison().countryJobSeekers()).isEqualTo(Figure.count(31800));
    }

    @Test
    void ranksTheLargestAreasByJobSeekers() {
        MonthlyStatusReport report = report(JAN_2022);

        assertThat(report.largestAreas())
                .extracting(area -> area.rank() + " " + area.areaKey() + " " + area.jobSeekers())
                .containsExactly("1 helsinki 20000", "2 pirkanmaa 10000", "3 kainuu 800");
    }

    @Test
    void chartsUnemployedAndActivationRateOverThirteenMonthsWithMissingMonthsNotApplicable() {
        MonthlyStatusReport report = report(JAN_2022);

        assertThat(report.series()).extracting(TimeSeries::indicator).containsExactly("UNEMPLOYED", "ACTIVATION_RATE");
        TimeSeries unemployed = report.series().get(0);
        assertThat(unemployed.months()).hasSize(13).startsWith("2021-01").endsWith("2022-01");
        assertThat(unemployed.areas().get(0).values().get(0)).isEqualTo(Figure.count(16000));
        assertThat(unemployed.areas().get(0).values().get(1).status()).isEqualTo(FigureStatus.NOT_APPLICABLE);
        assertThat(unemployed.areas().get(0).values().get(11)).isEqualTo(Figure.count(11500));
        assertThat(unemployed.areas().get(3).areaKey()).isNull();
    }

    @Test
    void refusesAPanelWhoseAllAreasRowIsNotTheSumOfTheAreas() {
        MonthPublisher publisher = new MonthPublisher(SuppressionPolicy.defaults());
        var rows = new ArrayList<>(panel.counts(JAN_2022));
        rows.replaceAll(row -> row.scope() == fi.kuntakokeilu.evaluation.CountScope.ALL_TRIAL_AREAS
                ? new fi.kuntakokeilu.evaluation.IndicatorCounts(
                        row.month(), row.scope(), null, row.subgroup(), withJobSeekers(row.counts(), 1))
                : row);

        assertThatThrownBy(() -> publisher.publish(JAN_2022, panel.catalogue(), rows))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("JOB_SEEKERS");
    }

    private static Map<String, Long> withJobSeekers(Map<String, Long> counts, long value) {
        var changed = new java.util.HashMap<>(counts);
        changed.put("JOB_SEEKERS", value);
        return changed;
    }

    private long trueCount(String area, Subgroup subgroup, String key) {
        return panel.counts(JAN_2022).stream()
                .filter(row -> area.equals(row.areaKey()) && row.subgroup() == subgroup)
                .findFirst()
                .orElseThrow()
                .count(key);
    }
}
