package fi.kuntakokeilu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void aSuppressedFigureCarriesNoNumber() {
        assertThatThrownBy(() -> new Figure(BigDecimal.ONE, FigureStatus.SUPPRESSED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Figure(null, FigureStatus.SHOWN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void printsStatisticsFinlandsSymbolsForMissingNumbers() {
        assertThat(Figure.suppressed()).hasToString("..");
        assertThat(Figure.notApplicable()).hasToString(".");
        assertThat(Figure.count(138_070)).hasToString("138070");
        assertThat(Figure.shown(new BigDecimal("60.0"))).hasToString("60.0");
    }

    @Test
    void givesTheCountOfAShownFigureOnly() {
        assertThat(Figure.count(5).longValueExact()).isEqualTo(5);
        assertThatThrownBy(() -> Figure.suppressed().longValueExact()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Figure.shown(new BigDecimal("2.5")).longValueExact())
                .isInstanceOf(ArithmeticException.class);
    }
}
