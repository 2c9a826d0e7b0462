package fi.kuntakokeilu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void allMeasuresEveryScenario() {
        assertThat(Options.selected("all")).containsExactlyInAnyOrderElementsOf(Options.SCENARIOS.keySet());
    }

    @Test
    void aScenarioBringsInWhatItNeeds() {
        assertThat(Options.selected("search")).containsExactlyInAnyOrder("search", "transfer", "import");
        assertThat(Options.selected("export"))
                .containsExactlyInAnyOrder("export", "panel", "history", "transfer", "import");
    }

    @Test
    void theRestartNeedsNothing() {
        assertThat(Options.selected("restart")).containsExactly("restart");
    }

    @Test
    void anUnknownScenarioIsRefusedByName() {
        assertThatThrownBy(() -> Options.selected("import,serch"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serch")
                .hasMessageContaining("search");
    }
}
