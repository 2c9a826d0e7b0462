package fi.kuntakokeilu.platform.control;

import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.entity.AuditEvent;
import fi.kuntakokeilu.platform.request.RequestContext;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The audit trail in the {@code audit_event} table, joining the caller's transaction. Bulk records
 * go in multi-row inserts of {@value #ROWS_PER_STATEMENT} rows (the entity's identity ids would
 * otherwise cost one round trip per row).
 */
@ApplicationScoped
@Transactional
public class JpaAuditTrail implements AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Instance<RequestContext> requestContext;

    @Override
    public void record(Caller actor, AuditAction action, String subjectType, String subjectId, String purpose) {
        em.persist(new AuditEvent(
                clock.instant(),
                actor.username(),
                actor.role().name(),
                action.name(),
                subjectType,
                subjectId,
                purpose,
                requestId()));
    }

    static final int ROWS_PER_STATEMENT = 500;

    @Override
    public void recordAll(
            Caller actor, AuditAction action, String subjectType, Collection<String> subjectIds, String purpose) {
        if (subjectIds.isEmpty()) {
            return;
        }
        // Native statements bypass the converter: the instant goes in as the UTC wall time it stands for.
        LocalDateTime occurredAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String requestId = requestId();
        List<String> ids = new ArrayList<>(subjectIds);
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
            StringBuilder sql = new StringBuilder("insert into audit_event (occurred_at, actor, actor_role, action, "
                    + "subject_type, subject_id, purpose, request_id) values ");
            for (int i = 0; i < slice.size(); i++) {
                sql.append(i == 0 ? "" : ",").append("(?,?,?,?,?,?,?,?)");
            }
            var insert = em.createNativeQuery(sql.toString());
            int parameter = 1;
            for (String subjectId : slice) {
                insert.setParameter(parameter++, occurredAt);
                insert.setParameter(parameter++, actor.username());
                insert.setParameter(parameter++, actor.role().name());
                insert.setParameter(parameter++, action.name());
                insert.setParameter(parameter++, subjectType);
                insert.setParameter(parameter++, subjectId);
                insert.setParameter(parameter++, purpose);
                insert.setParameter(parameter++, requestId);
            }
            insert.executeUpdate();
        }
    }

    private String requestId() {
        try {
            return requestContext.get().requestId();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }
}
