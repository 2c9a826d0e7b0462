package fi.kuntakokeilu.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MunicipalityCodeTest {

    @Test
    void isThreeDigits() {
        assertThat(MunicipalityCode.of("091").value()).isEqualTo("091");
        assertThatThrownBy(() -> MunicipalityCode.of("91")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MunicipalityCode.of("0911")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MunicipalityCode.of("09a")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsTheCodesThatAreNoMunicipality() {
        assertThat(MunicipalityCode.of("198").isSpecial()).isTrue();
        assertThat(MunicipalityCode.of("199").isSpecial()).isTrue();
        assertThat(MunicipalityCode.of("200").isSpecial()).isTrue();
        assertThat(MunicipalityCode.of("091").isSpecial()).isFalse();
    }
}
