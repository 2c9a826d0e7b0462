package fi.kuntakokeilu.platform.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages the product speaks: Finnish (the default), Swedish (Finland's second official
 * language) and English.
 */
public final class Languages {

    public static final Locale FINNISH = Locale.forLanguageTag("fi");
    public static final Locale SWEDISH = Locale.forLanguageTag("sv");
    public static final Locale ENGLISH = Locale.forLanguageTag("en");
    public static final List<Locale> SUPPORTED = List.of(FINNISH, SWEDISH, ENGLISH);
    public static final Locale DEFAULT = FINNISH;

    private Languages() {}

    /**
     * The supported language a caller prefers, from an {@code Accept-Language} header; Finnish when
     * the header is missing, malformed or names none of ours.
     */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return match != null ? match : DEFAULT;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }

    /** The supported language closest to a locale (by language), or Finnish. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return DEFAULT;
        }
        return SUPPORTED.stream()
                .filter(supported -> supported.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(DEFAULT);
    }

    /** The supported language with this tag ("fi", "sv", "en"), or Finnish. */
    public static Locale ofTag(String tag) {
        return tag == null ? DEFAULT : closest(Locale.forLanguageTag(tag));
    }
}
