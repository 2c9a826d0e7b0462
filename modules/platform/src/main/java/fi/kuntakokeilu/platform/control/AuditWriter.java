package fi.kuntakokeilu.platform.control;

import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.audit.InCallersTransaction;
import fi.kuntakokeilu.platform.entity.AuditEvent;
import fi.kuntakokeilu.platform.request.RequestContext;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Writes audit rows in the caller's transaction, with no interceptor: the one writer of {@code
 * audit_event} rows, used by {@link JpaAuditTrail} (inside its {@code @Transactional}) and, as the
 * {@link InCallersTransaction} trail, by batch chunks. Without a transaction it fails rather than
 * write a row on its own. Bulk records go in multi-row inserts of {@value #ROWS_PER_STATEMENT} rows
 * on the transaction's connection (the entity's identity ids would otherwise cost one round trip per
 * row). The chain over the rows is sealed later ({@link fi.kuntakokeilu.platform.audit.AuditChain}),
 * whoever wrote them.
 */
@Dependent
@InCallersTransaction
public class AuditWriter implements AuditTrail {

    static final int ROWS_PER_STATEMENT = 500;

    private static final String INSERT = "insert into audit_event (occurred_at, actor, actor_role, action,"
            + " subject_type, subject_id, purpose, request_id) values ";

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

    /**
     * Plain JDBC on the transaction's own connection: a native JPA query binds its parameters by a
     * linear search per parameter, which made a statement of 500 rows (4,000 parameters) cost
     * millions of comparisons, most of an import's time.
     */
    @Override
    public void recordAll(
            Caller actor, AuditAction action, String subjectType, Collection<String> subjectIds, String purpose) {
        if (subjectIds.isEmpty()) {
            return;
        }
        // The instant goes in as the UTC wall time it stands for, as the converter would write it.
        LocalDateTime occurredAt = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        String requestId = requestId();
        List<String> ids = new ArrayList<>(subjectIds);
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("recording audit events needs an active transaction");
        }
        for (int from = 0; from < ids.size(); from += ROWS_PER_STATEMENT) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + ROWS_PER_STATEMENT));
            String sql = INSERT + String.join(",", Collections.nCopies(slice.size(), "(?,?,?,?,?,?,?,?)"));
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int parameter = 1;
                for (String subjectId : slice) {
                    insert.setObject(parameter++, occurredAt);
                    insert.setString(parameter++, actor.username());
                    insert.setString(parameter++, actor.role().name());
                    insert.setString(parameter++, action.name());
                    insert.setString(parameter++, subjectType);
                    insert.setString(parameter++, subjectId);
                    insert.setString(parameter++, purpose);
                    insert.setString(parameter++, requestId);
                }
                insert.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("record audit events: " + e.getMessage(), e);
            }
        }
    }

    /** The request's id; none outside a request (a batch chunk, a timer). */
    String requestId() {
        try {
            return requestContext.get().requestId();
        } catch (ContextNotActiveException outsideRequest) {
            return null;
        }
    }
}
