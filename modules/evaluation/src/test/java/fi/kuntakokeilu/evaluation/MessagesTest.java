package fi.kuntakokeilu.evaluation;

import static fi.kuntakokeilu.testing.MessageBundles.keys;
import static fi.kuntakokeilu.testing.MessageBundles.keysNamedInSources;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text of the evaluation module exists in Finnish, Swedish and English, and every key the code names has a text. */
class MessagesTest {

    @Test
    void speaksFinnishSwedishAndEnglishAlike() {
        Set<String> finnish = keys(MessagesTest.class, "");

        assertThat(keys(MessagesTest.class, "_sv")).isEqualTo(finnish);
        assertThat(keys(MessagesTest.class, "_en")).isEqualTo(finnish);
    }

    @Test
    void hasATextForEveryKeyTheCodeNames() {
        Set<String> named = keysNamedInSources("evaluation");
        // Configuration keys share the prefix; they are not texts.
        named.removeAll(Set.of(
                "evaluation.panel.workers",
                "evaluation.export.at",
                "evaluation.export.zone",
                "evaluation.export.directory",
                "evaluation.export.keep",
                "evaluation.export.project",
                "evaluation.export.key."));

        assertThat(keys(MessagesTest.class, "")).containsAll(named);
    }
}
