package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.reporting.Benchmark;
import fi.kuntakokeilu.reporting.BenchmarkEntry;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.FigureStatus;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import fi.kuntakokeilu.reporting.support.SamplePanels;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Benchmarking between areas (domain brief, "Context from the EU Social Fund seeds"): each
 * indicator ranked across the areas with the area's own trend, suppressed as the report is.
 */
class BenchmarkBuilderTest {

    private final PublishedMonths months =
            new PublishedMonths(SamplePanels.aroundNewYear2022(), SuppressionPolicy.defaults());
    private final BenchmarkBuilder builder = new BenchmarkBuilder(months::month, SamplePanels.names());

    @Test
    void ranksTheActivationRateAcrossAreasWithEachAreasTrend() {
        Benchmark benchmark = builder.build("ACTIVATION_RATE", SamplePanels.JAN_2022, 5, Set.of());

        // Helsinki 5,000 / 17,000 = 29.4 %; Kainuu 200 / 680 = 29.4 %; Pirkanmaa 2,500 / 8,500 = 29.4 %.
        assertThat(benchmark.areas())
                .extracting(BenchmarkEntry::areaKey)
                .containsExactlyInAnyOrder("helsinki", "kainuu", "pirkanmaa");
        assertThat(benchmark.trendMonths()).hasSize(12).startsWith("2021-02").endsWith("2022-01");
        BenchmarkEntry helsinki = entry(benchmark, "helsinki");
        assertThat(helsinki.value()).isEqualTo(Figure.shown(new BigDecimal("29.4")));
        // December 2021: 4,800 / (11,500 + 4,800) = 29.4 %; the months before are not in the panel.
        assertThat(helsinki.trend().get(10)).isEqualTo(Figure.shown(new BigDecimal("29.4")));
        assertThat(helsinki.trend().get(0).status()).isEqualTo(FigureStatus.NOT_APPLICABLE);
        // A year earlier: 5,100 / 21,100 = 24.2 %, so +5.2 points.
        assertThat(helsinki.yearOnYear().absolute()).isEqualTo(Figure.shown(new BigDecimal("5.2")));
    }

    @Test
    void ranksCountsLargestFirstAndGivesAnAreaManagerTheirOwnArea() {
        Benchmark benchmark = builder.build("JOB_SEEKERS", SamplePanels.JAN_2022, 5, Set.of("pirkanmaa"));

        assertThat(benchmark.areas())
                .extracting(e -> e.rank() + " " + e.areaKey() + " " + e.own())
                .containsExactly("1 helsinki false", "2 pirkanmaa true", "3 kainuu false");
        assertThat(benchmark.allTrialAreas().value()).isEqualTo(Figure.count(30800));
        assertThat(benchmark.allTrialAreas().rank()).isNull();
    }

    @Test
    void leavesAWithheldFigureUnrankedAndLast() {
        Benchmark benchmark = builder.build("LAID_OFF_FULL", SamplePanels.JAN_2022, 5, Set.of());

        // Kainuu's 3 fully laid off are hidden, and Pirkanmaa's 150 with them (else total − Helsinki
        // − Pirkanmaa would give Kainuu's back).
        BenchmarkEntry last = benchmark.areas().get(benchmark.areas().size() - 1);
        assertThat(last.rank()).isNull();
        assertThat(last.value().isSuppressed()).isTrue();
        assertThat(entry(benchmark, "kainuu").value().isSuppressed()).isTrue();
        assertThat(entry(benchmark, "kainuu").yearOnYear().absolute().isSuppressed())
                .isTrue();
        assertThat(entry(benchmark, "helsinki").rank()).isEqualTo(1);
    }

    private static BenchmarkEntry entry(Benchmark benchmark, String area) {
        return benchmark.areas().stream()
                .filter(e -> area.equals(e.areaKey()))
                .findFirst()
                .orElseThrow();
    }
}
