package fi.kuntakokeilu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void allMeasuresEveryScenario() {
        assertThat(Options.selected("all", false)).containsExactlyInAnyOrderElementsOf(Options.SCENARIOS.keySet());
    }

    @Test
    void aScenarioBringsInWhatItNeeds() {
        assertThat(Options.selected("search", false)).containsExactlyInAnyOrder("search", "transfer", "import");
        assertThat(Options.selected("export", false))
                .containsExactlyInAnyOrder("export", "panel", "history", "transfer", "import");
    }

    @Test
    void theRestartNeedsNothing() {
        assertThat(Options.selected("restart", false)).containsExactly("restart");
    }

    @Test
    void anUnknownScenarioIsRefusedByName() {
        assertThatThrownBy(() -> Options.selected("import,serch", false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serch")
                .hasMessageContaining("search");
    }

    @Test
    void onAPreviousRunsDataOnlyTheScenariosAskedForRunAndOnlyThoseOnThePanel() {
        assertThat(Options.selected("increment,report", true)).containsExactly("increment", "report");
        assertThat(Options.selected("all", true)).containsExactlyInAnyOrderElementsOf(Options.ON_PREVIOUS_DATA);
        assertThatThrownBy(() -> Options.selected("report,import", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("import");
    }
}
