package fi.kuntakokeilu.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A transfer that waits: for its deadline or office staff (ENTRY), or for the receiving area's
 * consent (CONSENT). The worklists show open orders with their deadlines.
 *
 * @param changeDate the day the person entered the target group, or the day asked for
 * @param deadline the last day for an entry transfer (change date + 7 days), else null
 */
public record TransferOrderView(
        long id,
        long jobSeekerId,
        String jobSeekerName,
        TransferOrderKind kind,
        TransferOrderStatus status,
        ResponsibleBody from,
        ResponsibleBody to,
        LocalDate changeDate,
        LocalDate deadline,
        Integer ruleVersion,
        List<Criterion> matchedCriteria,
        DiscretionaryReason discretionaryReason,
        String explanation,
        String requestedBy,
        Instant createdAt,
        String resolvedBy,
        Instant resolvedAt,
        String resolutionNote,
        Long transferId) {

    public TransferOrderView {
        matchedCriteria = matchedCriteria == null ? List.of() : List.copyOf(matchedCriteria);
    }
}
