package fi.kuntakokeilu.web;

import static fi.kuntakokeilu.testing.MessageBundles.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label of the staff UI exists in Finnish, Swedish and English, and every label a page names has a text. */
class MessagesTest {

    private static final Pattern LABEL = Pattern.compile("msg\\['([A-Za-z0-9_.]+)'\\]");

    @Test
    void speaksFinnishSwedishAndEnglishAlike() {
        Set<String> finnish = keys(MessagesTest.class, "_fi");

        assertThat(keys(MessagesTest.class, "_sv")).isEqualTo(finnish);
        assertThat(keys(MessagesTest.class, "_en")).isEqualTo(finnish);
    }

    @Test
    void hasATextForEveryLabelAPageNames() throws IOException {
        Set<String> named = new TreeSet<>();
        Path pages = Path.of(System.getProperty("basedir", "."), "src", "main", "webapp");
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
                Matcher label = LABEL.matcher(Files.readString(page));
                while (label.find()) {
                    named.add(label.group(1));
                }
            }
        }

        assertThat(named).contains("nav.evaluation", "evaluation.chartTitle");
        assertThat(keys(MessagesTest.class, "_fi")).containsAll(named);
    }
}
