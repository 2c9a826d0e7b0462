package fi.kuntakokeilu.clients;

import static fi.kuntakokeilu.testing.MessageBundles.keys;
import static fi.kuntakokeilu.testing.MessageBundles.keysNamedInSources;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every text of the clients module exists in Finnish, Swedish and English, and every key the code names has a text. */
class MessagesTest {

    @Test
    void speaksFinnishSwedishAndEnglishAlike() {
        Set<String> finnish = keys(MessagesTest.class, "");

        assertThat(keys(MessagesTest.class, "_sv")).isEqualTo(finnish);
        assertThat(keys(MessagesTest.class, "_en")).isEqualTo(finnish);
    }

    @Test
    void hasATextForEveryKeyTheCodeNames() {
        Set<String> named = keysNamedInSources("clients");
        // Configuration keys share the prefix; they are not texts.
        named.removeIf(name -> name.startsWith("clients.demo."));

        assertThat(keys(MessagesTest.class, "")).containsAll(named);
    }
}
