package fi.kuntakokeilu.platform.audit;

import java.time.Instant;

/**
 * A record opened outside its reader's scope, with the reader's reason and, once an administrator
 * has looked at it, the review.
 *
 * @param event the audit row of the opening
 * @param reviewedBy null while the entry waits for review
 */
public record BreakGlassEntry(
        long id, AuditEntry event, String reason, String reviewedBy, Instant reviewedAt, String reviewNote) {

    public boolean reviewed() {
        return reviewedAt != null;
    }
}
