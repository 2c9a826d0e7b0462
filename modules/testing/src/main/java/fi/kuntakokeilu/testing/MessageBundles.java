package fi.kuntakokeilu.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a module's tests need to prove its texts complete: the keys of its {@code messages*.properties}
 * in each language, and the keys its main sources name.
 */
public final class MessageBundles {

    private MessageBundles() {}

    /** The keys of {@code messages<suffix>.properties} beside the anchor class (suffix "" for Finnish). */
    public static Set<String> keys(Class<?> anchor, String suffix) {
        Properties texts = new Properties();
        try (InputStream in = anchor.getResourceAsStream("messages" + suffix + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts.stringPropertyNames();
    }

    /** Every string literal {@code "<prefix>.x.y"} (or {@code "{prefix.x.y}"}) in the module's main sources. */
    public static Set<String> keysNamedInSources(String prefix) {
        Pattern key = Pattern.compile("\"\\{?(" + Pattern.quote(prefix) + "\\.[A-Za-z]+\\.[A-Za-z.]+)\\}?\"");
        Set<String> named = new HashSet<>();
        Path sources = Path.of(System.getProperty("basedir", "."), "src", "main", "java");
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = key.matcher(Files.readString(file));
                while (matcher.find()) {
                    named.add(matcher.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return named;
    }
}
