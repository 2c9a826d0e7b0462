package fi.kuntakokeilu.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One language, one stored code: three letters, so Inari and Skolt Sami fit. */
class MotherTonguesTest {

    @ParameterizedTest
    @CsvSource({
        "fi, fin",
        "FI, fin",
        "fin, fin",
        "sv, swe",
        "swe, swe",
        "se, sme",
        "sme, sme",
        "smn, smn",
        "sms, sms",
        "smi, smi",
        "ru, rus",
        "ar, ara",
        "so, som",
        "fre, fra",
        "ger, deu",
        "chi, zho",
        " et , est"
    })
    void storesEveryLanguageAsItsThreeLetterCode(String given, String stored) {
        assertThat(MotherTongues.normalise(given)).contains(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "qq", "finnish", "f1", "fi-FI"})
    void refusesWhatIsNoLanguageCode(String given) {
        assertThat(MotherTongues.normalise(given)).isEmpty();
    }
}
