package fi.kuntakokeilu.platform.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Texts a person reads, in Finnish, Swedish or English.
 *
 * <p>Every module keeps its texts in its own bundle {@code fi/kuntakokeilu/<module>/messages} (the
 * base file is Finnish, {@code _sv} and {@code _en} beside it), and every key starts with the
 * module's name: {@code clients.jobSeeker.exists} lives in the clients bundle. Keys of Bean
 * Validation's built-in constraints ({@code jakarta.validation.constraints.NotNull.message}) live
 * in the platform bundle. A missing key is returned as it is, so a gap shows rather than breaks.
 */
public final class Messages {

    private static final String PLATFORM = "platform";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {}

    /** The text for a key in a language, with {@link MessageFormat} arguments filled in. */
    public static String get(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key).orElse(key);
        if (args.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            resolved[i] = args[i] instanceof Text text ? get(locale, text.key()) : args[i];
        }
        return new MessageFormat(pattern, Languages.closest(locale)).format(resolved);
    }

    /**
     * The text for a Bean Validation message template such as {@code {platform.municipalityCode.format}}
     * or {@code {jakarta.validation.constraints.Size.message}}, with the constraint's attributes
     * ({@code {min}}, {@code {max}}) filled in. A template that is not a single key is returned as
     * it stands.
     */
    public static String interpolate(Locale locale, String template, Map<String, Object> attributes) {
        if (template == null || !template.startsWith("{") || !template.endsWith("}")) {
            return template;
        }
        String text =
                lookup(locale, template.substring(1, template.length() - 1)).orElse(template);
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
        }
        return text;
    }

    public static Optional<String> lookup(Locale locale, String key) {
        Locale language = Languages.closest(locale);
        int dot = key.indexOf('.');
        String module = dot > 0 ? key.substring(0, dot) : PLATFORM;
        Optional<String> found = fromBundle(module, language, key);
        return found.isPresent() || module.equals(PLATFORM) ? found : fromBundle(PLATFORM, language, key);
    }

    private static Optional<String> fromBundle(String module, Locale language, String key) {
        String baseName = "fi.kuntakokeilu." + module + ".messages";
        ResourceBundle bundle =
                bundle(baseName, language, Thread.currentThread().getContextClassLoader());
        if (bundle == null) {
            bundle = bundle(baseName, language, Messages.class.getClassLoader());
        }
        if (bundle == null || !bundle.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(bundle.getString(key));
    }

    private static ResourceBundle bundle(String baseName, Locale language, ClassLoader loader) {
        if (loader == null) {
            return null;
        }
        try {
            // The base file is Finnish: ask for "fi" as the root so the JVM's own locale never decides.
            Locale asked = language.equals(Languages.FINNISH) ? Locale.ROOT : language;
            return ResourceBundle.getBundle(baseName, asked, loader, NO_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
