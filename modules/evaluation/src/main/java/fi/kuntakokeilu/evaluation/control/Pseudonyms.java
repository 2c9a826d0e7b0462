package fi.kuntakokeilu.evaluation.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed pseudonyms for one research project: HMAC-SHA-256 of the project and the person's id under
 * the project's key, the first 128 bits in hex. Without the key nobody can link a pseudonym to a
 * person or to the same person's pseudonym in another project; with it the same person always gets
 * the same pseudonym within a project, so a researcher can follow people month to month and export
 * to export. Rotating the key (a new key id) changes every pseudonym.
 */
public final class Pseudonyms {

    private final Mac mac;
    private final byte[] prefix;

    public Pseudonyms(String project, PseudonymKey key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 unavailable", e);
        }
        prefix = (project + ":").getBytes(StandardCharsets.UTF_8);
    }

    public String of(long jobSeekerId) {
        return bits(jobSeekerId).toString();
    }

    /** The pseudonym as its two 64-bit halves, for sorting without text. */
    public Pseudonym bits(long jobSeekerId) {
        mac.update(prefix);
        ByteBuffer digest =
                ByteBuffer.wrap(mac.doFinal(Long.toString(jobSeekerId).getBytes(StandardCharsets.US_ASCII)));
        return new Pseudonym(digest.getLong(0), digest.getLong(8));
    }

    /** A pseudonym's 128 bits, the first 64 in {@code high}. */
    public record Pseudonym(long high, long low) {

        /** The 32 lower-case hex digits. */
        @Override
        public String toString() {
            return HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low);
        }
    }

    /** The order of two pseudonyms' hex, from their halves: unsigned, high first. */
    static int compare(long high, long low, long otherHigh, long otherLow) {
        int byHigh = Long.compareUnsigned(high, otherHigh);
        return byHigh != 0 ? byHigh : Long.compareUnsigned(low, otherLow);
    }
}
