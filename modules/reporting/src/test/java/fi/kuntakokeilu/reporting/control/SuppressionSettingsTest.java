package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.reporting.SuppressionPolicy;
import org.junit.jupiter.api.Test;

class SuppressionSettingsTest {

    @Test
    void producesThePolicyFromConfiguration() {
        SuppressionSettings settings = new SuppressionSettings();
        settings.threshold = 10;
        settings.suppressZeros = true;

        assertThat(settings.policy()).isEqualTo(new SuppressionPolicy(10, true));
    }

    @Test
    void refusesAThresholdUnderOne() {
        SuppressionSettings settings = new SuppressionSettings();
        settings.threshold = 0;

        assertThatThrownBy(settings::policy)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0");
    }
}
