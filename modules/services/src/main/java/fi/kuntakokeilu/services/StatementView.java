package fi.kuntakokeilu.services;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reminder or benefit statement that a neglected period led to, with its generated text.
 *
 * @param addressedTo Kela or the unemployment fund; null for a reminder
 * @param sentAt null while it waits to be sent (an obligation follow-up on the worklist)
 */
public record StatementView(
        long id,
        LocalDate periodStart,
        LocalDate periodEnd,
        int required,
        int reported,
        int neglectNumber,
        NeglectConsequence.Kind kind,
        int daysWithoutBenefit,
        BenefitPayer addressedTo,
        String text,
        Instant createdAt,
        Instant sentAt) {}
