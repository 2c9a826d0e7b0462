package fi.kuntakokeilu.clients.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Mother tongues as ISO 639 codes, stored in one form: three letters. Two-letter ISO 639-1 codes
 * become their ISO 639-2/T equivalent ({@code fi} → {@code fin}, {@code sv} → {@code swe}, {@code
 * se} → {@code sme}); Inari and Skolt Sami have only ISO 639-3 codes ({@code smn}, {@code sms}),
 * which is why three letters are the stored form. Bibliographic ISO 639-2/B codes become their
 * terminology twins ({@code fre} → {@code fra}), so one language has one code.
 *
 * <p>Three-letter codes are accepted as written: the JDK knows no list of ISO 639-3's some 7,900
 * codes, and refusing a real language would be worse than keeping an unusual code.
 */
public final class MotherTongues {

    public static final String FINNISH = "fin";
    public static final String SWEDISH = "swe";
    public static final String NORTHERN_SAMI = "sme";
    public static final String INARI_SAMI = "smn";
    public static final String SKOLT_SAMI = "sms";
    /** The collective code of the Sami languages (ISO 639-2/5). */
    public static final String SAMI = "smi";

    private static final Set<String> TWO_LETTER = Set.of(Locale.getISOLanguages());

    private static final Map<String, String> BIBLIOGRAPHIC = Map.ofEntries(
            Map.entry("alb", "sqi"),
            Map.entry("arm", "hye"),
            Map.entry("baq", "eus"),
            Map.entry("bur", "mya"),
            Map.entry("chi", "zho"),
            Map.entry("cze", "ces"),
            Map.entry("dut", "nld"),
            Map.entry("fre", "fra"),
            Map.entry("geo", "kat"),
            Map.entry("ger", "deu"),
            Map.entry("gre", "ell"),
            Map.entry("ice", "isl"),
            Map.entry("mac", "mkd"),
            Map.entry("mao", "mri"),
            Map.entry("may", "msa"),
            Map.entry("per", "fas"),
            Map.entry("rum", "ron"),
            Map.entry("slo", "slk"),
            Map.entry("tib", "bod"),
            Map.entry("wel", "cym"));

    private MotherTongues() {}

    /** The stored three-letter form of a code, or empty when the text is no ISO 639 code we can read. */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String lower = code.strip().toLowerCase(Locale.ROOT);
        if (lower.matches("[a-z]{2}")) {
            if (!TWO_LETTER.contains(lower)) {
                return Optional.empty();
            }
            return Optional.of(Locale.forLanguageTag(lower).getISO3Language());
        }
        if (lower.matches("[a-z]{3}")) {
            return Optional.of(BIBLIOGRAPHIC.getOrDefault(lower, lower));
        }
        return Optional.empty();
    }
}
