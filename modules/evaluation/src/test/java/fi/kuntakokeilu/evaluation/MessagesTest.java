package fi.kuntakokeilu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the evaluation module exists in Finnish, Swedish and English, and every key the code names has a text. */
class MessagesTest {

    private static Set<String> keys(String suffix) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("messages" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts.stringPropertyNames();
    }

    @Test
    void speaksFinnishSwedishAndEnglishAlike() throws IOException {
        Set<String> finnish = keys("");

        assertThat(keys("_sv")).isEqualTo(finnish);
        assertThat(keys("_en")).isEqualTo(finnish);
    }

    @Test
    void hasATextForEveryKeyTheCodeNames() throws IOException {
        Pattern key = Pattern.compile("\"\\{?(evaluation\\.[A-Za-z]+\\.[A-Za-z.]+)\\}?\"");
        Set<String> named = new HashSet<>();
        Path sources = Path.of(System.getProperty("basedir", "."), "src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        }
        // Configuration keys share the prefix; they are not texts.
        named.removeAll(Set.of(
                "evaluation.export.at",
                "evaluation.export.zone",
                "evaluation.export.directory",
                "evaluation.export.keep",
                "evaluation.export.project",
                "evaluation.export.key."));

        assertThat(keys("")).containsAll(named);
    }
}
