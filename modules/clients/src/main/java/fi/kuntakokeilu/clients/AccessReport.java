package fi.kuntakokeilu.clients;

import fi.kuntakokeilu.platform.audit.AuditEntry;
import java.util.List;

/**
 * A data subject's access report (GDPR Art. 15(1)): every recorded read and change of the person's
 * data, by whom (user and role), when, for what purpose and in which request, oldest first. Made for
 * the data-protection work of administrators; making it is itself recorded.
 */
public record AccessReport(
        long jobSeekerId, String personalIdentityCode, String firstName, String lastName, List<AuditEntry> entries) {

    public AccessReport {
        entries = List.copyOf(entries);
    }
}
