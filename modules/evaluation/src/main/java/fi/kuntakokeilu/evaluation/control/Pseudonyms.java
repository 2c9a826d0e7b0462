package fi.kuntakokeilu.evaluation.control;

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
        mac.update(prefix);
        byte[] digest = mac.doFinal(Long.toString(jobSeekerId).getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
