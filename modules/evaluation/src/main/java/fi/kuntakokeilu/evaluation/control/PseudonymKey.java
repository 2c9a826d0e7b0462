package fi.kuntakokeilu.evaluation.control;

import java.util.Arrays;
import java.util.Objects;

/** A pseudonymisation key and its id (recorded with every export, so keys can be rotated). */
public record PseudonymKey(String id, byte[] secret) {

    public PseudonymKey {
        Objects.requireNonNull(id, "id");
        if (secret == null || secret.length < 32) {
            throw new IllegalArgumentException("a pseudonymisation key has at least 32 bytes");
        }
        secret = secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PseudonymKey key && key.id.equals(id) && Arrays.equals(key.secret, secret);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "PseudonymKey[" + id + "]";
    }
}
