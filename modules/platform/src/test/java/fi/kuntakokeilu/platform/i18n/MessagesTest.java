package fi.kuntakokeilu.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void speaksFinnishByDefaultAndSwedishAndEnglishOnRequest() {
        String key = "platform.problem.forbidden.title";

        assertThat(Messages.get(Languages.fromAcceptLanguage(null), key)).isEqualTo("Ei käyttöoikeutta");
        assertThat(Messages.get(Languages.fromAcceptLanguage("sv-FI,sv;q=0.9"), key))
                .isEqualTo("Ingen behörighet");
        assertThat(Messages.get(Languages.fromAcceptLanguage("en-GB"), key)).isEqualTo("Forbidden");
    }

    @Test
    void fallsBackToFinnishForLanguagesWeDoNotSpeakWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(Messages.get(Languages.fromAcceptLanguage("de-DE"), "platform.problem.forbidden.title"))
                    .isEqualTo("Ei käyttöoikeutta");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void survivesAMalformedAcceptLanguageHeader() {
        assertThat(Languages.fromAcceptLanguage(";;;q=x")).isEqualTo(Languages.FINNISH);
    }

    @Test
    void translatesNestedTextArguments() {
        assertThat(Messages.get(
                        Languages.ENGLISH, "platform.problem.not-found.resource", new Text("platform.test.thing"), "x"))
                .isEqualTo("platform.test.thing x was not found.");
    }

    @Test
    void fillsConstraintAttributesIntoValidationMessages() {
        assertThat(Messages.interpolate(
                        Languages.SWEDISH,
                        "{jakarta.validation.constraints.Size.message}",
                        Map.of("min", 1, "max", 100)))
                .isEqualTo("Längden ska vara 1–100.");
    }

    @Test
    void returnsAnUnknownKeyAsItStands() {
        assertThat(Messages.get(Languages.FINNISH, "clients.no.such.key")).isEqualTo("clients.no.such.key");
    }
}
