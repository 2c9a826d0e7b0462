package fi.kuntakokeilu.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One row of the audit trail: written once, never changed (the table's triggers refuse updates and deletes). */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_role", nullable = false, length = 30)
    private String actorRole;

    @Column(nullable = false, length = 20)
    private String action;

    @Column(name = "subject_type", nullable = false, length = 50)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 100)
    private String subjectId;

    @Column(nullable = false, length = 200)
    private String purpose;

    @Column(name = "request_id", length = 64)
    private String requestId;

    protected AuditEvent() {}

    public AuditEvent(
            Instant occurredAt,
            String actor,
            String actorRole,
            String action,
            String subjectType,
            String subjectId,
            String purpose,
            String requestId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRole = actorRole;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.purpose = purpose;
        this.requestId = requestId;
    }

    public Long id() {
        return id;
    }
}
