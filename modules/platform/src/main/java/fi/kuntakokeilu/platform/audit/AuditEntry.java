package fi.kuntakokeilu.platform.audit;

import java.time.Instant;

/** One row of the audit trail as a reader of the trail sees it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String actorRole,
        AuditAction action,
        String subjectType,
        String subjectId,
        String purpose,
        String requestId) {}
