package fi.kuntakokeilu.services.control;

import static fi.kuntakokeilu.services.RuleRegime.BEFORE_NORDIC_MODEL;
import static fi.kuntakokeilu.services.RuleRegime.NORDIC_MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.services.RuleRegime;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nordic job-seeking model from 2.5.2022: existing customers switch at their next plan update. */
class RegimeSwitchTest {

    private static final LocalDate REGISTERED_2021 = LocalDate.of(2021, 5, 3);

    @Test
    void theNordicModelIsInForceFromTheSecondOfMay2022() {
        assertThat(RuleRegime.inForceOn(LocalDate.of(2022, 5, 1))).isEqualTo(BEFORE_NORDIC_MODEL);
        assertThat(RuleRegime.inForceOn(LocalDate.of(2022, 5, 2))).isEqualTo(NORDIC_MODEL);
    }

    @Test
    void existingCustomerMovesToTheNordicModelAtAPlanUpdateOnOrAfterTheSecondOfMay2022() {
        assertThat(RegimeSwitch.regimeAfterPlanUpdate(REGISTERED_2021, LocalDate.of(2022, 5, 2)))
                .isEqualTo(NORDIC_MODEL);
        assertThat(RegimeSwitch.regimeAfterPlanUpdate(REGISTERED_2021, LocalDate.of(2022, 8, 3)))
                .isEqualTo(NORDIC_MODEL);
    }

    @Test
    void aPlanUpdateBeforeTheSecondOfMay2022KeepsTheEarlierRules() {
        assertThat(RegimeSwitch.regimeAfterPlanUpdate(REGISTERED_2021, LocalDate.of(2022, 5, 1)))
                .isEqualTo(BEFORE_NORDIC_MODEL);
    }

    @Test
    void aCustomerRegisteredUnderTheNordicModelIsUnderItWhateverTheUpdates() {
        LocalDate registered = LocalDate.of(2022, 5, 2);

        assertThat(RegimeSwitch.regimeAfterPlanUpdate(registered, registered)).isEqualTo(NORDIC_MODEL);
        assertThat(RegimeSwitch.nordicModelFrom(registered, List.of())).contains(registered);
    }

    @Test
    void theSwitchHappensAtTheFirstQualifyingUpdateAndNotBefore() {
        List<LocalDate> updates =
                List.of(LocalDate.of(2022, 8, 3), LocalDate.of(2021, 8, 3), LocalDate.of(2022, 5, 20));

        assertThat(RegimeSwitch.nordicModelFrom(REGISTERED_2021, updates)).contains(LocalDate.of(2022, 5, 20));
        assertThat(RegimeSwitch.regimeOn(REGISTERED_2021, updates, LocalDate.of(2022, 5, 19)))
                .isEqualTo(BEFORE_NORDIC_MODEL);
        assertThat(RegimeSwitch.regimeOn(REGISTERED_2021, updates, LocalDate.of(2022, 5, 20)))
                .isEqualTo(NORDIC_MODEL);
    }

    @Test
    void anExistingCustomerWithoutAQualifyingUpdateStaysOnTheEarlierRulesAfterMay2022() {
        List<LocalDate> updates = List.of(LocalDate.of(2021, 8, 3));

        assertThat(RegimeSwitch.nordicModelFrom(REGISTERED_2021, updates)).isEmpty();
        assertThat(RegimeSwitch.regimeOn(REGISTERED_2021, updates, LocalDate.of(2023, 1, 1)))
                .isEqualTo(BEFORE_NORDIC_MODEL);
    }

    @Test
    void refusesAPlanUpdateBeforeRegistration() {
        assertThatThrownBy(() -> RegimeSwitch.regimeAfterPlanUpdate(REGISTERED_2021, LocalDate.of(2021, 5, 2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegimeSwitch.nordicModelFrom(REGISTERED_2021, List.of(LocalDate.of(2020, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
