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

/** The audit trail in the {@code audit_event} table, joining the caller's transaction. */
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

    private String requestId() {
        try {
            return requestContext.get().requestId();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }
}
