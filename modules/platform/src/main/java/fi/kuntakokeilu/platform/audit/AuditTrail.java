package fi.kuntakokeilu.platform.audit;

import fi.kuntakokeilu.platform.security.Caller;
import java.util.Collection;

/**
 * The record of who read or changed whose personal data, when and why. Every read and change of
 * personal data leaves one row, written in the same transaction as the change so that neither
 * exists without the other. Rows are never updated or deleted (the table refuses it).
 */
public interface AuditTrail {

    /**
     * @param subjectType what kind of record, e.g. {@code job-seeker}
     * @param subjectId the record's id (never an identity code or a name)
     * @param purpose why, in the words the screen or endpoint gives, e.g. {@code view customer}
     */
    void record(Caller actor, AuditAction action, String subjectType, String subjectId, String purpose);

    /**
     * The same record for many subjects at once (a bulk transfer, an import): one row per subject,
     * written in as few statements as the implementation can manage, so auditing a batch of
     * thousands does not cost thousands of round trips.
     */
    default void recordAll(
            Caller actor, AuditAction action, String subjectType, Collection<String> subjectIds, String purpose) {
        for (String subjectId : subjectIds) {
            record(actor, action, subjectType, subjectId, purpose);
        }
    }
}
