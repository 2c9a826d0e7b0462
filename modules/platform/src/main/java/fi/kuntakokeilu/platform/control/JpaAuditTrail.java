package fi.kuntakokeilu.platform.control;

import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditEntry;
import fi.kuntakokeilu.platform.audit.AuditReview;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.audit.BreakGlassEntry;
import fi.kuntakokeilu.platform.audit.InCallersTransaction;
import fi.kuntakokeilu.platform.entity.AuditEvent;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.request.RequestContext;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;

/**
 * The audit trail in the {@code audit_event} table, joining the caller's transaction (or beginning
 * one). The rows are written by {@link AuditWriter}, which batch chunks use directly ({@link
 * InCallersTransaction}) to stay off this bean's shared transactional interceptor.
 */
@ApplicationScoped
@Transactional
public class JpaAuditTrail implements AuditTrail, AuditReview {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<RequestContext> requestContext;

    @Inject
    @InCallersTransaction
    AuditTrail writer;

    @Override
    public void record(Caller actor, AuditAction action, String subjectType, String subjectId, String purpose) {
        writer.record(actor, action, subjectType, subjectId, purpose);
    }

    @Override
    public void recordAll(
            Caller actor, AuditAction action, String subjectType, Collection<String> subjectIds, String purpose) {
        writer.recordAll(actor, action, subjectType, subjectIds, purpose);
    }

    @Override
    public List<AuditEntry> history(String subjectType, String subjectId) {
        List<?> rows = em.createNativeQuery("select " + ENTRY_COLUMNS + " from audit_event e"
                        + " where e.subject_type = ? and e.subject_id = ? order by e.id")
                .setParameter(1, subjectType)
                .setParameter(2, subjectId)
                .getResultList();
        return rows.stream().map(row -> entry((Object[]) row, 0)).toList();
    }

    @Override
    public BreakGlassEntry breakGlass(Caller actor, String subjectType, String subjectId, String reason) {
        AuditEvent event = new AuditEvent(
                clock.instant(),
                actor.username(),
                actor.role().name(),
                AuditAction.BREAK_GLASS.name(),
                subjectType,
                subjectId,
                "break-glass",
                requestId());
        em.persist(event);
        em.flush();
        em.createNativeQuery("insert into audit_break_glass (audit_event_id, reason) values (?, ?)")
                .setParameter(1, event.id())
                .setParameter(2, reason)
                .executeUpdate();
        return breakGlassWhere("g.audit_event_id = ?", event.id());
    }

    @Override
    public List<BreakGlassEntry> breakGlassEntries(boolean waitingOnly, int limit) {
        List<?> rows = em.createNativeQuery(BREAK_GLASS_SELECT
                        + (waitingOnly ? " where g.reviewed_at is null" : "")
                        + " order by g.id desc limit ?")
                .setParameter(1, limit)
                .getResultList();
        return rows.stream().map(row -> breakGlass((Object[]) row)).toList();
    }

    @Override
    public BreakGlassEntry reviewBreakGlass(long id, Caller reviewer, String note) {
        List<?> current = em.createNativeQuery("select reviewed_at from audit_break_glass where id = ? for update")
                .setParameter(1, id)
                .getResultList();
        if (current.isEmpty()) {
            throw new ResourceNotFoundException("platform.break-glass", id);
        }
        if (current.get(0) != null) {
            throw new ConflictException("already-reviewed", "platform.break-glass.already-reviewed", id);
        }
        em.createNativeQuery(
                        "update audit_break_glass set reviewed_by = ?, reviewed_at = ?, review_note = ? where id = ?")
                .setParameter(1, reviewer.username())
                .setParameter(2, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(3, note)
                .setParameter(4, id)
                .executeUpdate();
        return breakGlassWhere("g.id = ?", id);
    }

    private static final String ENTRY_COLUMNS =
            "e.id, e.occurred_at, e.actor, e.actor_role, e.action, e.subject_type, e.subject_id, e.purpose, e.request_id";

    private static final String BREAK_GLASS_SELECT = "select " + ENTRY_COLUMNS
            + ", g.id, g.reason, g.reviewed_by, g.reviewed_at, g.review_note"
            + " from audit_break_glass g join audit_event e on e.id = g.audit_event_id";

    private BreakGlassEntry breakGlassWhere(String condition, long value) {
        Object[] row = (Object[]) em.createNativeQuery(BREAK_GLASS_SELECT + " where " + condition)
                .setParameter(1, value)
                .getSingleResult();
        return breakGlass(row);
    }

    private static BreakGlassEntry breakGlass(Object[] row) {
        return new BreakGlassEntry(
                ((Number) row[9]).longValue(), entry(row, 0), (String) row[10], (String) row[11], utc(row[12]), (String)
                        row[13]);
    }

    private static AuditEntry entry(Object[] row, int at) {
        return new AuditEntry(
                ((Number) row[at]).longValue(),
                utc(row[at + 1]),
                (String) row[at + 2],
                (String) row[at + 3],
                AuditAction.valueOf((String) row[at + 4]),
                (String) row[at + 5],
                (String) row[at + 6],
                (String) row[at + 7],
                (String) row[at + 8]);
    }

    /** Native queries bypass the converter: the column holds the UTC wall time. */
    private static Instant utc(Object value) {
        if (value == null) {
            return null;
        }
        LocalDateTime time = value instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) value;
        return time.toInstant(ZoneOffset.UTC);
    }

    private String requestId() {
        try {
            return requestContext.get().requestId();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }
}
