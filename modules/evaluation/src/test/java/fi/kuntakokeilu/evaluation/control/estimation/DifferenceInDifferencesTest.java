package fi.kuntakokeilu.evaluation.control.estimation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Difference-in-differences with two-way fixed effects and cluster-robust standard errors
 * (domain.md, "Evaluation": earlier trials were evaluated with difference-in-differences, and
 * estimates must show their uncertainty). Validated on generated panels with a planted effect and
 * a placebo, by coverage over many seeds, against a case computed by hand and against the
 * dummy-variable regression.
 */
class DifferenceInDifferencesTest {

    private static final YearMonth JAN = YearMonth.of(2021, 1);
    private static final YearMonth FEB = YearMonth.of(2021, 2);

    @Test
    void recoversAPlantedEffectInsideItsConfidenceInterval() {
        var panel = SyntheticPanel.trialLike().constantEffect(-1.5).generate(20210301L);

        DidEstimate estimate = DifferenceInDifferences.estimate(panel.observations());

        assertThat(estimate.lower95()).isLessThan(-1.5);
        assertThat(estimate.upper95()).isGreaterThan(-1.5);
        assertThat(estimate.effect()).isCloseTo(-1.5, within(0.3));
        assertThat(estimate.observations()).isEqualTo(60 * 46);
        assertThat(estimate.clusters()).isEqualTo(60);
        assertThat(estimate.degreesOfFreedom()).isEqualTo(59);
    }

    @Test
    void placeboWithoutEffectFindsNothing() {
        var panel = SyntheticPanel.trialLike().constantEffect(0.0).generate(20230403L);

        DidEstimate estimate = DifferenceInDifferences.estimate(panel.observations());

        assertThat(estimate.lower95()).isLessThan(0.0);
        assertThat(estimate.upper95()).isGreaterThan(0.0);
        assertThat(estimate.effect()).isCloseTo(0.0, within(0.3));
    }

    @Test
    void confidenceIntervalsCoverTheTrueEffectAboutNinetyFivePercentOfTheTime() {
        int replications = 200;
        int covered = 0;
        SyntheticPanel design = SyntheticPanel.trialLike()
                .municipalities(40, 14)
                .months(24)
                .waves(10, 14, 18)
                .constantEffect(-1.5);
        for (int seed = 0; seed < replications; seed++) {
            var panel = design.generate(1000L + seed);
            DidEstimate estimate = DifferenceInDifferences.estimate(panel.observations());
            if (estimate.lower95() <= -1.5 && -1.5 <= estimate.upper95()) {
                covered++;
            }
        }
        assertThat((double) covered / replications).isBetween(0.90, 0.99);
    }

    /**
     * Four municipalities, two months, A and B treated in February. With two periods the
     * fixed-effects estimator is the first-difference one: the effect is the difference of the
     * groups' mean changes, (3 + 5)/2 − (0 + 2)/2 = 3, and the cluster-robust variance before the
     * small-sample correction is Σ_treated (Δy − 4)²/2² + Σ_control (Δy − 1)²/2² = 2/4 + 2/4 = 1.
     * CR1 multiplies it by G/(G−1) · (N−1)/(N−K) = 4/3 · 7/5 (N = 8 rows, K = treatment + one month
     * effect + level = 3), and the interval uses t(3).
     */
    @Test
    void clusterRobustStandardErrorMatchesTheHandComputedTwoPeriodCase() {
        List<Observation> observations = List.of(
                new Observation("A", JAN, false, 10, 1),
                new Observation("A", FEB, true, 13, 1),
                new Observation("B", JAN, false, 20, 1),
                new Observation("B", FEB, true, 25, 1),
                new Observation("C", JAN, false, 5, 1),
                new Observation("C", FEB, false, 5, 1),
                new Observation("D", JAN, false, 7, 1),
                new Observation("D", FEB, false, 9, 1));

        DidEstimate estimate = DifferenceInDifferences.estimate(observations);

        double standardError = Math.sqrt(4.0 / 3.0 * 7.0 / 5.0);
        double t3 = 3.182446305284263; // 97.5% quantile of Student's t with 3 degrees of freedom
        assertThat(estimate.effect()).isCloseTo(3.0, within(1e-12));
        assertThat(estimate.standardError()).isCloseTo(standardError, within(1e-12));
        assertThat(estimate.lower95()).isCloseTo(3.0 - t3 * standardError, within(1e-9));
        assertThat(estimate.upper95()).isCloseTo(3.0 + t3 * standardError, within(1e-9));
        assertThat(estimate.observations()).isEqualTo(8);
        assertThat(estimate.clusters()).isEqualTo(4);
    }

    /** Data that the model fits exactly leave no residual: the standard error is zero, never NaN. */
    @Test
    void anExactFitGivesAZeroWidthIntervalRatherThanNaN() {
        var panel = SyntheticPanel.trialLike()
                .municipalities(10, 4)
                .constantEffect(2.0)
                .noise(0.0)
                .generate(3L);

        DidEstimate estimate = DifferenceInDifferences.estimate(panel.observations());

        assertThat(estimate.effect()).isCloseTo(2.0, within(1e-9));
        assertThat(List.of(estimate.standardError(), estimate.lower95(), estimate.upper95()))
                .allSatisfy(value -> assertThat(value).isFinite());
        assertThat(estimate.standardError()).isLessThan(1e-9);
    }

    @Test
    void scalingAllWeightsChangesNothing() {
        var panel = SyntheticPanel.trialLike().constantEffect(-1.5).generate(7L);
        List<Observation> doubled = panel.observations().stream()
                .map(o -> new Observation(o.unit(), o.month(), o.treated(), o.outcome(), 2 * o.weight()))
                .toList();

        DidEstimate original = DifferenceInDifferences.estimate(panel.observations());
        DidEstimate scaled = DifferenceInDifferences.estimate(doubled);

        assertThat(scaled.effect()).isCloseTo(original.effect(), within(1e-10));
        assertThat(scaled.standardError()).isCloseTo(original.standardError(), within(1e-10));
    }

    /**
     * The within transformation must give what the textbook regression with a dummy for every
     * municipality and month gives, also with weights and months missing: the same coefficient and,
     * by Frisch–Waugh–Lovell, the same cluster-robust sandwich for it.
     */
    @Test
    void matchesTheWeightedDummyVariableRegressionOnAnUnbalancedPanel() {
        List<Observation> observations = DummyVariableRegression.smallUnbalancedPanel(42);

        DidEstimate estimate = DifferenceInDifferences.estimate(observations);

        var expected = DummyVariableRegression.fit(observations, List.of(o -> o.treated() ? 1.0 : 0.0));
        assertThat(estimate.observations()).isEqualTo(observations.size()).isLessThan(8 * 6);
        assertThat(estimate.effect()).isCloseTo(expected.coefficients()[0], within(1e-9));
        assertThat(estimate.standardError()).isCloseTo(expected.standardError(0), within(1e-9));
    }

    @Test
    void refusesAPanelWithoutTreatedMunicipalities() {
        var panel = SyntheticPanel.trialLike().municipalities(10, 10).generate(1L);

        assertThatThrownBy(() -> DifferenceInDifferences.estimate(panel.observations()))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.NO_TREATED_UNITS))
                .hasMessageContaining("No municipality is treated");
    }

    @Test
    void refusesAPanelWithoutComparisonMunicipalities() {
        var panel = SyntheticPanel.trialLike().municipalities(10, 0).generate(1L);

        assertThatThrownBy(() -> DifferenceInDifferences.estimate(panel.observations()))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.NO_CONTROL_UNITS))
                .hasMessageContaining("never-treated comparison municipality");
    }

    @Test
    void refusesAMunicipalityTreatedInEveryMonth() {
        List<Observation> observations = new ArrayList<>(
                SyntheticPanel.trialLike().municipalities(10, 4).generate(1L).observations());
        observations.replaceAll(
                o -> o.unit().equals("002") ? new Observation(o.unit(), o.month(), true, o.outcome(), o.weight()) : o);

        assertThatThrownBy(() -> DifferenceInDifferences.estimate(observations))
                .satisfies(e ->
                        assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.TREATED_IN_EVERY_MONTH))
                .hasMessageContaining("treated in every month")
                .hasMessageContaining("002");
    }

    @Test
    void refusesASingleTreatedMunicipalityAsTooFewClusters() {
        var panel = SyntheticPanel.trialLike().municipalities(10, 9).generate(1L);

        assertThatThrownBy(() -> DifferenceInDifferences.estimate(panel.observations()))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.TOO_FEW_CLUSTERS))
                .hasMessageContaining("1 treated and 9 comparison");
    }

    /**
     * Treated municipalities observed only in January and February, comparison municipalities only
     * in March and April: the treatment is the February effect, so the design is singular.
     */
    @Test
    void refusesADesignWhereTreatmentCannotBeToldFromTheMonthEffects() {
        List<Observation> observations = new ArrayList<>();
        for (String unit : List.of("A", "B")) {
            observations.add(new Observation(unit, JAN, false, 1, 1));
            observations.add(new Observation(unit, FEB, true, 2, 1));
        }
        for (String unit : List.of("C", "D")) {
            observations.add(new Observation(unit, JAN.plusMonths(2), false, 1, 1));
            observations.add(new Observation(unit, JAN.plusMonths(3), false, 2, 1));
        }
        observations.add(new Observation("A", JAN.plusMonths(2), true, 3, 1));
        observations.add(new Observation("C", JAN.plusMonths(4), false, 3, 1));

        assertThatThrownBy(() -> DifferenceInDifferences.estimate(observations))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.SINGULAR_DESIGN))
                .hasMessageContaining("the treatment indicator cannot be separated");
    }

    @Test
    void refusesInvalidObservations() {
        List<Observation> valid =
                SyntheticPanel.trialLike().municipalities(10, 4).generate(1L).observations();
        Observation first = valid.get(0);

        assertThatThrownBy(() -> DifferenceInDifferences.estimate(
                        replaceFirst(valid, new Observation(first.unit(), first.month(), false, Double.NaN, 1))))
                .satisfies(
                        e -> assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.INVALID_OBSERVATION))
                .hasMessageContaining("is not a number");
        assertThatThrownBy(() -> DifferenceInDifferences.estimate(
                        replaceFirst(valid, new Observation(first.unit(), first.month(), false, 1.0, 0))))
                .hasMessageContaining("must be positive");
        List<Observation> duplicated = new ArrayList<>(valid);
        duplicated.add(first);
        assertThatThrownBy(() -> DifferenceInDifferences.estimate(duplicated))
                .satisfies(e ->
                        assertThat(((EstimationInputException) e).reason()).isEqualTo(Reason.DUPLICATE_OBSERVATION))
                .hasMessageContaining("more than one observation");
        assertThatThrownBy(() -> DifferenceInDifferences.estimate(List.of())).hasMessageContaining("no observations");
    }

    private static List<Observation> replaceFirst(List<Observation> observations, Observation replacement) {
        List<Observation> copy = new ArrayList<>(observations);
        copy.set(0, replacement);
        return copy;
    }
}
