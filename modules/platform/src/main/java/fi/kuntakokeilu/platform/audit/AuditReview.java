package fi.kuntakokeilu.platform.audit;

import fi.kuntakokeilu.platform.security.Caller;
import java.util.List;

/**
 * Reading the audit trail back, and the openings outside one's scope that wait for review
 * (break-glass): the data-protection side of the trail, beside {@link AuditTrail} which every module
 * writes to.
 */
public interface AuditReview {

    /** Every row about one subject, oldest first: the raw material of a data subject's access report. */
    List<AuditEntry> history(String subjectType, String subjectId);

    /**
     * Records that the actor opened a record outside their scope, with their written reason: an
     * audit row of action {@link AuditAction#BREAK_GLASS} and an entry that waits for an
     * administrator's review.
     */
    BreakGlassEntry breakGlass(Caller actor, String subjectType, String subjectId, String reason);

    /** Break-glass entries, newest first; only those still waiting for review when asked. */
    List<BreakGlassEntry> breakGlassEntries(boolean waitingOnly, int limit);

    /**
     * Marks an entry reviewed. An entry is reviewed once.
     *
     * @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when there is no such entry
     * @throws fi.kuntakokeilu.platform.problem.ConflictException when it has been reviewed already
     */
    BreakGlassEntry reviewBreakGlass(long id, Caller reviewer, String note);
}
