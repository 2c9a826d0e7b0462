package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.PeriodChange;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DerivedFiguresTest {

    private static final Figure HIDDEN = Figure.suppressed();

    @Test
    void computesTheUnemployedShareOfAllJobSeekersToOneDecimal() {
        // TEM's review for October 2021: 138,070 of 229,060 job seekers unemployed or laid off.
        Figure share = DerivedFigures.share(Figure.count(138_070), Figure.count(229_060));

        assertThat(share.value()).isEqualByComparingTo("60.3");
        assertThat(share.value().scale()).isEqualTo(1);
    }

    @Test
    void roundsHalfAwayFromZero() {
        assertThat(DerivedFigures.share(Figure.count(1), Figure.count(8)).value())
                .isEqualByComparingTo("12.5");
        assertThat(DerivedFigures.share(Figure.count(49), Figure.count(400)).value())
                .as("12.25 rounds up")
                .isEqualByComparingTo("12.3");
        assertThat(DerivedFigures.change(Figure.count(351), Figure.count(400))
                        .percent()
                        .value())
                .as("−12.25 rounds away from zero")
                .isEqualByComparingTo("-12.3");
        assertThat(DerivedFigures.share(Figure.count(148_628), Figure.count(233_792), 0)
                        .value())
                .as("whole percentages as in TEM's reviews")
                .isEqualByComparingTo("64");
    }

    @Test
    void suppressesAShareOfAHiddenCount() {
        assertThat(DerivedFigures.share(HIDDEN, Figure.count(120))).isEqualTo(HIDDEN);
    }

    @Test
    void suppressesAShareOfAHiddenTotal() {
        // Otherwise the total would come back as the numerator divided by the share.
        assertThat(DerivedFigures.share(Figure.count(40), HIDDEN)).isEqualTo(HIDDEN);
    }

    @Test
    void aShareOfNothingIsNotApplicable() {
        assertThat(DerivedFigures.share(Figure.count(0), Figure.count(0))).isEqualTo(Figure.notApplicable());
        assertThat(DerivedFigures.share(Figure.notApplicable(), Figure.count(10)))
                .isEqualTo(Figure.notApplicable());
    }

    @Test
    void suppressionWinsOverNotApplicable() {
        assertThat(DerivedFigures.share(HIDDEN, Figure.notApplicable())).isEqualTo(HIDDEN);
    }

    @Test
    void computesTheActivationRateAsTemDefinesIt() {
        // in active services / (unemployed + in active services) × 100
        Figure rate = DerivedFigures.activationRate(Figure.count(25), Figure.count(75));

        assertThat(rate.value()).isEqualByComparingTo("25.0");
    }

    @Test
    void suppressesTheActivationRateWhenEitherPartIsHidden() {
        assertThat(DerivedFigures.activationRate(HIDDEN, Figure.count(75))).isEqualTo(HIDDEN);
        assertThat(DerivedFigures.activationRate(Figure.count(25), HIDDEN)).isEqualTo(HIDDEN);
    }

    @Test
    void suppressesASumWithAHiddenPart() {
        assertThat(DerivedFigures.sum(Figure.count(10), HIDDEN)).isEqualTo(HIDDEN);
        assertThat(DerivedFigures.sum(Figure.count(10), Figure.count(7)).value())
                .isEqualByComparingTo("17");
    }

    @Test
    void computesMonthOnMonthChange() {
        // All trials, fully laid off: 6,708 in December 2021, 5,927 in October 2021.
        PeriodChange change = DerivedFigures.change(Figure.count(6_708), Figure.count(5_927));

        assertThat(change.absolute()).isEqualTo(Figure.count(781));
        assertThat(change.percent().value()).isEqualByComparingTo("13.2");
    }

    @Test
    void computesADeclineAsANegativeChange() {
        // All trials, fully laid off: 3,780 in July 2022 against 6,708 in December 2021.
        PeriodChange change = DerivedFigures.change(Figure.count(3_780), Figure.count(6_708));

        assertThat(change.absolute().value()).isEqualByComparingTo(BigDecimal.valueOf(-2_928));
        assertThat(change.percent().value()).isEqualByComparingTo("-43.6");
    }

    @Test
    void suppressesAChangeFromAHiddenCountThisPeriodOrTheLast() {
        // Last month's 3 is hidden; this month's 12 is shown; a change of +9 would give the 3 back.
        assertThat(DerivedFigures.change(Figure.count(12), HIDDEN)).isEqualTo(new PeriodChange(HIDDEN, HIDDEN));
        assertThat(DerivedFigures.change(HIDDEN, Figure.count(12))).isEqualTo(new PeriodChange(HIDDEN, HIDDEN));
    }

    @Test
    void aPercentageChangeOnZeroIsNotApplicable() {
        PeriodChange change = DerivedFigures.change(Figure.count(8), Figure.count(0));

        assertThat(change.absolute()).isEqualTo(Figure.count(8));
        assertThat(change.percent()).isEqualTo(Figure.notApplicable());
    }
}
