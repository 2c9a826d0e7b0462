package fi.kuntakokeilu.evaluation.control.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The event study with leads and lags and its pre-trend test (domain.md, "Evaluation": areas were
 * not chosen at random, so estimates must show their pre-trends). Validated on generated panels: a
 * planted dynamic effect is recovered month by month, a placebo finds nothing and passes the
 * pre-trend test, a planted pre-trend makes the test reject, and the test keeps its size.
 */
class EventStudyTest {

    /** Effect growing from −0.5 at the start by −0.1 a month to −1.5 ten months in, then flat. */
    private static final IntToDoubleFunction GROWING_EFFECT = k -> k < 0 ? 0.0 : -0.5 - 0.1 * Math.min(k, 10);

    @Test
    void recoversAPlantedDynamicEffectMonthByMonth() {
        var panel = SyntheticPanel.trialLike().effect(GROWING_EFFECT).generate(20210301L);

        EventStudyResult result = EventStudy.estimate(panel.observations(), panel.treatmentStart(), 6, 12);

        int covered = 0;
        for (EventCoefficient c : result.coefficients()) {
            double truth = GROWING_EFFECT.applyAsDouble(c.relativeMonth());
            if (!c.isReference()) {
                assertThat(c.estimate())
                        .as("relative month %d", c.relativeMonth())
                        .isCloseTo(truth, within(4 * c.standardError()));
                assertThat(c.standardError()).isLessThan(0.5);
            }
            if (c.lower95() <= truth && truth <= c.upper95()) {
                covered++;
            }
        }
        assertThat(covered).isGreaterThanOrEqualTo(16); // of 19, each interval covering with 95%
        assertThat(result.preTrend().rejectsAt(0.05)).isFalse();
    }

    @Test
    void reportsTheWindowInOrderWithTheReferenceMonthAsZero() {
        var panel = SyntheticPanel.trialLike().constantEffect(-1.5).generate(5L);

        EventStudyResult result = EventStudy.estimate(panel.observations(), panel.treatmentStart(), 4, 3);

        assertThat(result.coefficients())
                .extracting(EventCoefficient::relativeMonth)
                .containsExactly(-4, -3, -2, -1, 0, 1, 2, 3);
        EventCoefficient reference = result.coefficients().get(3);
        assertThat(reference.isReference()).isTrue();
        assertThat(List.of(reference.estimate(), reference.standardError(), reference.lower95(), reference.upper95()))
                .containsOnly(0.0);
        assertThat(result.preTrend().degreesOfFreedom()).isEqualTo(3);
    }

    /**
     * The ends of the window are bins: with an effect of 1 in months 0–2 and of 2 from month 3 on,
     * and −1 from month −4 back, the window −4 … +3 must give exactly those values at its ends
     * (almost noise-free data, so any mistake in the binning shows).
     */
    @Test
    void binsTheEndsOfTheWindow() {
        IntToDoubleFunction effect = k -> k <= -4 ? -1.0 : k < 0 ? 0.0 : k < 3 ? 1.0 : 2.0;
        var panel = SyntheticPanel.trialLike().effect(effect).noise(1e-6).generate(11L);

        EventStudyResult result = EventStudy.estimate(panel.observations(), panel.treatmentStart(), 4, 3);

        for (EventCoefficient c : result.coefficients()) {
            assertThat(c.estimate())
                    .as("relative month %d", c.relativeMonth())
                    .isCloseTo(effect.applyAsDouble(c.relativeMonth()), within(1e-4));
        }
        assertThat(result.preTrend().pValue()).isLessThan(1e-6);
    }

    /**
     * Coefficients, their full cluster-robust covariance and the pre-trend F statistic agree with
     * the weighted regression with a dummy for every municipality and month, on an unbalanced panel
     * (window −3 … +1: leads −3 and earlier, −2; lags 0, +1 and later).
     */
    @Test
    void matchesTheWeightedDummyVariableRegressionOnAnUnbalancedPanel() {
        List<Observation> observations = DummyVariableRegression.smallUnbalancedPanel(7);
        Map<String, YearMonth> starts = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            starts.put("U" + i, YearMonth.of(2021, 1).plusMonths(2 + i % 3));
        }
        int[] bins = {-3, -2, 0, 1};
        List<ToDoubleFunction<Observation>> regressors = new ArrayList<>();
        for (int bin : bins) {
            regressors.add(o -> {
                YearMonth start = starts.get(o.unit());
                if (start == null) {
                    return 0.0;
                }
                long k = Math.max(-3, Math.min(1, start.until(o.month(), ChronoUnit.MONTHS)));
                return k == bin ? 1.0 : 0.0;
            });
        }

        EventStudyResult result = EventStudy.estimate(observations, starts, 3, 1);

        var expected = DummyVariableRegression.fit(observations, regressors);
        List<EventCoefficient> estimated =
                result.coefficients().stream().filter(c -> !c.isReference()).toList();
        for (int j = 0; j < bins.length; j++) {
            assertThat(estimated.get(j).relativeMonth()).isEqualTo(bins[j]);
            assertThat(estimated.get(j).estimate()).isCloseTo(expected.coefficients()[j], within(1e-9));
            assertThat(estimated.get(j).standardError()).isCloseTo(expected.standardError(j), within(1e-9));
        }
        double[] b = {expected.coefficients()[0], expected.coefficients()[1]};
        double[][] v = expected.covariance();
        double determinant = v[0][0] * v[1][1] - v[0][1] * v[1][0];
        double wald = (b[0] * b[0] * v[1][1] - 2 * b[0] * b[1] * v[0][1] + b[1] * b[1] * v[0][0]) / determinant;
        assertThat(result.preTrend().statistic()).isCloseTo(wald / 2, within(1e-7 * wald));
        assertThat(result.preTrend().degreesOfFreedom()).isEqualTo(2);
    }

    @Test
    void placeboFindsNoEffectAndNoPreTrend() {
        var panel = SyntheticPanel.trialLike().constantEffect(0.0).generate(20230403L);

        EventStudyResult result = EventStudy.estimate(panel.observations(), panel.treatmentStart(), 6, 12);

        long containingZero = result.coefficients().stream()
                .filter(c -> c.lower95() <= 0 && 0 <= c.upper95())
                .count();
        assertThat(containingZero).isGreaterThanOrEqualTo(16);
        assertThat(result.preTrend().pValue()).isGreaterThan(0.05);
        assertThat(result.preTrend().degreesOfFreedom()).isEqualTo(5);
    }

    /** Treated municipalities drift down by 0.15 a month relative to the controls until they start. */
    @Test
    void aPlantedPreTrendMakesThePreTrendTestReject() {
        var panel = SyntheticPanel.trialLike()
                .effect(k -> k < 0 ? 0.15 * (k + 1) : -1.5)
                .generate(20210301L);

        EventStudyResult result = EventStudy.estimate(panel.observations(), panel.treatmentStart(), 6, 12);

        assertThat(result.preTrend().rejectsAt(0.01)).isTrue();
        assertThat(result.coefficients().get(0).upper95()).isLessThan(0.0);
    }

    @Test
    void preTrendTestRejectsATrueNullAboutFivePercentOfTheTime() {
        SyntheticPanel design = SyntheticPanel.trialLike()
                .municipalities(40, 14)
                .months(24)
                .waves(10, 14, 18)
                .effect(GROWING_EFFECT);
        int replications = 200;
        int rejections = 0;
        for (int seed = 0; seed < replications; seed++) {
            var panel = design.generate(5000L + seed);
            if (EventStudy.estimate(panel.observations(), panel.treatmentStart(), 4, 4)
                    .preTrend()
                    .rejectsAt(0.05)) {
                rejections++;
            }
        }
        assertThat((double) rejections / replications).isBetween(0.01, 0.10);
    }

    @Test
    void handlesTheRealSizeOfThreeHundredMunicipalities() {
        var panel = SyntheticPanel.trialLike()
                .municipalities(300, 100)
                .effect(GROWING_EFFECT)
                .generate(300L);

        EventStudyResult result = EventStudy.estimate(panel.observations(), panel.treatmentStart(), 12, 11);

        EventCoefficient last = result.coefficients().get(result.coefficients().size() - 1);
        assertThat(last.relativeMonth()).isEqualTo(11);
        assertThat(last.estimate()).isCloseTo(-1.5, within(4 * last.standardError()));
    }

    @Test
    void refusesAWindowWithoutLeadsToTest() {
        var panel = SyntheticPanel.trialLike().generate(1L);

        assertThatThrownBy(() -> EventStudy.estimate(panel.observations(), panel.treatmentStart(), 1, 6))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.INVALID_WINDOW))
                .hasMessageContaining("at least 2 leads");
        assertThatThrownBy(() -> EventStudy.estimate(panel.observations(), panel.treatmentStart(), 3, -1))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.INVALID_WINDOW));
    }

    @Test
    void refusesAWindowLongerThanTheData() {
        var panel = SyntheticPanel.trialLike().generate(1L);

        // the last wave starts 34 months in, so nobody is observed 40 months before a start
        assertThatThrownBy(() -> EventStudy.estimate(panel.observations(), panel.treatmentStart(), 40, 6))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.SINGULAR_DESIGN))
                .hasMessageContaining("relative month -40");
    }

    @Test
    void refusesAComparisonMunicipalityThatIsTreated() {
        var panel = SyntheticPanel.trialLike().generate(1L);
        Map<String, YearMonth> starts = new HashMap<>(panel.treatmentStart());
        starts.remove("001");

        assertThatThrownBy(() -> EventStudy.estimate(panel.observations(), starts, 6, 6))
                .satisfies(e ->
                        assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.INCONSISTENT_TREATMENT))
                .hasMessageContaining("001");
    }

    @Test
    void refusesWithoutTreatedOrComparisonMunicipalities() {
        var panel = SyntheticPanel.trialLike().municipalities(10, 4).generate(1L);
        List<Observation> untreated = panel.observations().stream()
                .map(o -> new Observation(o.unit(), o.month(), false, o.outcome(), o.weight()))
                .toList();
        Map<String, YearMonth> everyone = new HashMap<>();
        for (Observation o : panel.observations()) {
            everyone.put(o.unit(), SyntheticPanel.FIRST_MONTH.plusMonths(20));
        }

        assertThatThrownBy(() -> EventStudy.estimate(untreated, Map.of(), 4, 4))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.NO_TREATED_UNITS));
        assertThatThrownBy(() -> EventStudy.estimate(panel.observations(), everyone, 4, 4))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.NO_CONTROL_UNITS));
    }

    @Test
    void refusesAMunicipalityThatStartsBeforeItsFirstObservation() {
        var panel = SyntheticPanel.trialLike().municipalities(10, 4).generate(1L);
        Map<String, YearMonth> starts = new HashMap<>(panel.treatmentStart());
        starts.put("003", SyntheticPanel.FIRST_MONTH);

        assertThatThrownBy(() -> EventStudy.estimate(panel.observations(), starts, 4, 4))
                .satisfies(e ->
                        assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.TREATED_IN_EVERY_MONTH))
                .hasMessageContaining("003");
    }

    @Test
    void refusesMoreLeadsThanTheClustersCanTest() {
        var panel = SyntheticPanel.trialLike().municipalities(6, 3).generate(1L);

        assertThatThrownBy(() -> EventStudy.estimate(panel.observations(), panel.treatmentStart(), 8, 2))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.TOO_FEW_CLUSTERS))
                .hasMessageContaining("7 leads");
    }

    @Test
    void refusesAPanelWhereNoTreatedMunicipalityIsSeenInTheReferenceMonth() {
        var panel = SyntheticPanel.trialLike().municipalities(10, 4).generate(1L);
        List<Observation> gap = new ArrayList<>();
        for (Observation o : panel.observations()) {
            YearMonth start = panel.treatmentStart().get(o.unit());
            if (start == null || !o.month().equals(start.minusMonths(1))) {
                gap.add(o);
            }
        }

        assertThatThrownBy(() -> EventStudy.estimate(gap, panel.treatmentStart(), 4, 4))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.SINGULAR_DESIGN))
                .hasMessageContaining("relative month -1");
    }
}
