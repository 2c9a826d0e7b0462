package fi.kuntakokeilu.services;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The services texts exist in Finnish, Swedish and English for every key the code uses. */
class MessagesBundleTest {

    private static final List<String> FILES = List.of("messages", "messages_sv", "messages_en");

    @Test
    void everyLanguageHasTheSameKeys() throws IOException {
        Properties finnish = load("messages");
        for (String file : FILES) {
            assertThat(load(file).stringPropertyNames())
                    .as(file)
                    .isEqualTo(finnish.stringPropertyNames())
                    .allMatch(key -> key.startsWith("services."));
        }
    }

    @Test
    void everyEnumNameHasATextInEveryLanguage() throws IOException {
        List<String> keys = Stream.of(
                        Arrays.stream(PublicHoliday.values()).map(PublicHoliday::messageKey),
                        Arrays.stream(RuleRegime.values()).map(RuleRegime::messageKey),
                        Arrays.stream(InterviewKind.values()).map(InterviewKind::messageKey),
                        Arrays.stream(WorkSituation.values()).map(WorkSituation::messageKey),
                        Arrays.stream(BenefitType.values()).map(BenefitType::messageKey),
                        Arrays.stream(BenefitPayer.values()).map(BenefitPayer::messageKey),
                        Arrays.stream(DeadlineStatus.values()).map(DeadlineStatus::messageKey),
                        Arrays.stream(PlanKind.values()).map(PlanKind::messageKey),
                        Arrays.stream(ServicePeriodStatus.values()).map(ServicePeriodStatus::messageKey),
                        Arrays.stream(WorklistKind.values()).map(WorklistKind::messageKey),
                        Arrays.stream(NoteTopic.values()).map(NoteTopic::messageKey))
                .flatMap(s -> s)
                .toList();
        for (String file : FILES) {
            Properties texts = load(file);
            assertThat(keys).as(file).allMatch(key -> !texts.getProperty(key, "")
                    .isBlank());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream(file + ".properties")) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
