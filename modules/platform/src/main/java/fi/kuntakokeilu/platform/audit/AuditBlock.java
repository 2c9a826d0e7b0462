package fi.kuntakokeilu.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of a block of audit events: SHA-256 over the previous block's hash and then, in id
 * order, every field of every event, each written as its length and its UTF-8 bytes so that no
 * choice of field contents can make two different events hash alike. Changing, removing or
 * inserting an event, or reordering blocks, changes the hash.
 */
public final class AuditBlock {

    private final MessageDigest digest;
    private long count;

    public AuditBlock(String previousHash) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
        field(previousHash == null ? "" : previousHash);
    }

    /** Adds one event, fields in their stored form. */
    public AuditBlock add(
            long id,
            Instant occurredAt,
            String actor,
            String actorRole,
            String action,
            String subjectType,
            String subjectId,
            String purpose,
            String requestId) {
        field(Long.toString(id));
        field(occurredAt.toString());
        field(actor);
        field(actorRole);
        field(action);
        field(subjectType);
        field(subjectId);
        field(purpose);
        field(requestId == null ? "" : requestId);
        count++;
        return this;
    }

    public long count() {
        return count;
    }

    /** The block's hash, hex encoded; the block cannot be added to afterwards. */
    public String hash() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void field(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
