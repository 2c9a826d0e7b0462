package fi.kuntakokeilu.clients;

import java.time.LocalDate;

/**
 * Custody of a job seeker changed. Fired in the transaction that wrote the transfer (one event per
 * person, also in bulk runs); observe it with {@code @Observes(during =
 * TransactionPhase.AFTER_SUCCESS)}. Employment plans and benefit statements stay in force after a
 * transfer: observers must not end them.
 *
 * @param transferRunId the bulk run that made the transfer, or null
 */
public record JobSeekerTransferred(
        long jobSeekerId,
        ResponsibleBody from,
        ResponsibleBody to,
        LocalDate effectiveDate,
        LegalBasis legalBasis,
        Long transferRunId) {}
