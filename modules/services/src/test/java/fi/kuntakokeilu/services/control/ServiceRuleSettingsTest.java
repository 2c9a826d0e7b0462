package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

class ServiceRuleSettingsTest {

    @Test
    void theConfigurationDefaultsAreTheRulesDefaults() throws ReflectiveOperationException {
        assertThat(defaultOf("suspensionDays").split(","))
                .extracting(Integer::valueOf)
                .isEqualTo(NeglectPolicy.DEFAULT_SUSPENSION_DAYS);
        assertThat(Integer.valueOf(defaultOf("maxSuspensionDays")))
                .isEqualTo(NeglectPolicy.DEFAULT_MAX_SUSPENSION_DAYS);
        assertThat(Integer.valueOf(defaultOf("reviewWindowMonths")))
                .isEqualTo(NeglectPolicy.DEFAULT_REVIEW_WINDOW_MONTHS);
        assertThat(Integer.valueOf(defaultOf("dueSoonDays"))).isEqualTo(DeadlineClassifier.DEFAULT_DUE_SOON_DAYS);
        // Services ending within 14 days on the worklist; a schedule reaching past the first intensive period.
        assertThat(Integer.valueOf(defaultOf("serviceEndingDays"))).isEqualTo(14);
        assertThat(Integer.valueOf(defaultOf("scheduleHorizonMonths")))
                .isGreaterThan(InterviewScheduler.INTENSIVE_PERIOD_EVERY_MONTHS);
    }

    @Test
    void theKeysCarryTheModulePrefix() {
        assertThat(Arrays.stream(ServiceRuleSettings.class.getDeclaredFields())
                        .map(f -> f.getAnnotation(ConfigProperty.class))
                        .filter(a -> a != null)
                        .map(ConfigProperty::name))
                .hasSize(6)
                .allMatch(name -> name.startsWith("services."));
    }

    @Test
    void buildsTheRulesFromTheConfiguredValues() {
        ServiceRuleSettings settings = settings(List.of(5, 10, 20), 30, 6, 3);

        assertThat(settings.neglectLadder().policy()).isEqualTo(new NeglectPolicy(List.of(5, 10, 20), 30, 6));
        assertThat(settings.deadlineClassifier().dueSoonDays()).isEqualTo(3);
    }

    @Test
    void refusesAConfiguredLadderBeyondTheCap() {
        ServiceRuleSettings settings = settings(List.of(7, 14, 60), 45, 12, 7);

        assertThatThrownBy(settings::neglectLadder).isInstanceOf(IllegalArgumentException.class);
    }

    private static ServiceRuleSettings settings(List<Integer> steps, int cap, int window, int dueSoon) {
        ServiceRuleSettings settings = new ServiceRuleSettings();
        settings.suspensionDays = steps;
        settings.maxSuspensionDays = cap;
        settings.reviewWindowMonths = window;
        settings.dueSoonDays = dueSoon;
        return settings;
    }

    private static String defaultOf(String field) throws ReflectiveOperationException {
        return ServiceRuleSettings.class
                .getDeclaredField(field)
                .getAnnotation(ConfigProperty.class)
                .defaultValue();
    }
}
