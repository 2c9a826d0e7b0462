package fi.kuntakokeilu.clients;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One change of custody: from which body to which, from which day, on what legal basis, under
 * which rule version and criteria, by whom, and whether the customer and the receiving body have
 * been told.
 */
public record TransferView(
        long id,
        long jobSeekerId,
        ResponsibleBody from,
        ResponsibleBody to,
        LocalDate effectiveDate,
        LegalBasis legalBasis,
        DiscretionaryReason discretionaryReason,
        String explanation,
        Integer ruleVersion,
        List<Criterion> matchedCriteria,
        String actor,
        Long transferRunId,
        Long transferOrderId,
        NotificationStatus customerNotification,
        NotificationStatus receivingBodyNotification,
        Instant recordedAt) {

    public TransferView {
        matchedCriteria = matchedCriteria == null ? List.of() : List.copyOf(matchedCriteria);
    }
}
