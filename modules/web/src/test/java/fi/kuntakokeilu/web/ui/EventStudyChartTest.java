package fi.kuntakokeilu.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.evaluation.EstimateView.EventEffect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The event study's chart (docs/estimators.md, "Answer"): estimates, their 95% band, zero and start of treatment. */
class EventStudyChartTest {

    private static final List<EventEffect> STUDY = List.of(
            new EventEffect(-3, 0.4, 0.5, -0.6, 1.4, false),
            new EventEffect(-2, -0.2, 0.5, -1.2, 0.8, false),
            new EventEffect(-1, 0, 0, 0, 0, true),
            new EventEffect(0, -1.0, 0.4, -1.8, -0.2, false),
            new EventEffect(1, -2.5, 0.6, -3.7, -1.3, false));

    private final EventStudyChart chart = EventStudyChart.of(STUDY, Locale.forLanguageTag("fi"));

    @Test
    void drawsOnePointPerRelativeMonthFromLeftToRight() {
        assertThat(chart.points())
                .extracting(EventStudyChart.Point::relativeMonth)
                .containsExactly(-3, -2, -1, 0, 1);
        assertThat(chart.points().get(0).x()).isEqualTo(EventStudyChart.LEFT);
        assertThat(chart.points().get(4).x()).isEqualTo(EventStudyChart.RIGHT);
        assertThat(chart.points()).extracting(EventStudyChart.Point::x).isSorted();
    }

    @Test
    void theReferenceMonthLiesOnTheZeroLineAndLargerEffectsHigher() {
        EventStudyChart.Point reference = chart.points().get(2);
        assertThat(reference.y()).isEqualTo(chart.zeroY());
        // SVG's y grows downwards: the positive lead is above zero, the negative lags below.
        assertThat(chart.points().get(0).y()).isLessThan(chart.zeroY());
        assertThat(chart.points().get(4).y())
                .isGreaterThan(chart.points().get(3).y());
    }

    @Test
    void theBandRunsAlongTheUpperEndsAndBackAlongTheLowerEndsInsideThePlot() {
        List<double[]> corners = Arrays.stream(chart.band().split(" "))
                .map(pair -> Arrays.stream(pair.split(","))
                        .mapToDouble(Double::parseDouble)
                        .toArray())
                .toList();
        assertThat(corners).hasSize(2 * STUDY.size());
        for (int i = 0; i < STUDY.size(); i++) {
            double[] upper = corners.get(i);
            double[] lower = corners.get(corners.size() - 1 - i);
            assertThat(upper[0])
                    .isEqualTo(lower[0])
                    .isEqualTo(chart.points().get(i).x());
            assertThat(upper[1]).isLessThanOrEqualTo(chart.points().get(i).y());
            assertThat(lower[1]).isGreaterThanOrEqualTo(chart.points().get(i).y());
        }
        assertThat(corners).allSatisfy(corner -> assertThat(corner[1])
                .isBetween((double) EventStudyChart.TOP, (double) EventStudyChart.BOTTOM));
    }

    @Test
    void marksTheStartOfTreatmentBetweenMonthsMinusOneAndZero() {
        assertThat(chart.isStartShown()).isTrue();
        assertThat(chart.startX())
                .isBetween(chart.points().get(2).x(), chart.points().get(3).x());
    }

    @Test
    void labelsTheAxesAsTheLanguageWritesNumbers() {
        assertThat(chart.xTicks()).extracting(EventStudyChart.Tick::label).containsExactly("−3", "−2", "−1", "0", "+1");
        // Finnish writes a minus sign (U+2212); the effects span −3.7 … 1.4, so a grid every 2 points.
        assertThat(chart.yTicks()).extracting(EventStudyChart.Tick::label).containsExactly("−4", "−2", "0", "2");
        assertThat(chart.points().get(3).label()).isEqualTo("0: -1,00 (-1,80 … -0,20)".replace('-', '−'));
    }

    @Test
    void choosesGridStepsOfOneTwoOrFive() {
        assertThat(EventStudyChart.niceStep(0.37)).isEqualTo(0.5);
        assertThat(EventStudyChart.niceStep(1.2)).isEqualTo(2);
        assertThat(EventStudyChart.niceStep(30)).isEqualTo(50);
        assertThat(EventStudyChart.niceStep(0)).isEqualTo(1);
    }

    @Test
    void refusesAnEmptyStudy() {
        assertThatThrownBy(() -> EventStudyChart.of(List.of(), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
