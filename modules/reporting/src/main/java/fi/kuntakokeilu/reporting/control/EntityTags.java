package fi.kuntakokeilu.reporting.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Strong entity tags over what a client receives: the SHA-256 of the content, with its form and
 * language, cut to 128 bits. Equal tags mean equal bytes, whichever instance made them.
 */
public final class EntityTags {

    private EntityTags() {}

    public static String of(String form, Locale language, byte[] content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((form + "/" + language.toLanguageTag() + "/").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(content), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A tag over a value's text form (records print every component, so equal text means equal figures). */
    public static String of(String form, Object value) {
        return of(form, Locale.ROOT, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
