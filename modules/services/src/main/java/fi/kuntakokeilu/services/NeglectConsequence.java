package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a neglect of the job seeker's obligations leads to, by its place on the neglect ladder.
 *
 * @param neglectOn the day of the neglect (for the job-application obligation, the last day of the
 *     period that was not met)
 * @param neglectNumber which neglect this is within the review window, from 1
 * @param kind a reminder, or a statement that the job seeker has no right to benefit for some days
 * @param daysWithoutBenefit 0 for a reminder; otherwise the length of the period without benefit
 */
public record NeglectConsequence(LocalDate neglectOn, int neglectNumber, Kind kind, int daysWithoutBenefit) {

    /** A reminder leaves the benefit untouched; a benefit statement stops it for some days. */
    public enum Kind {
        REMINDER,
        BENEFIT_STATEMENT
    }

    public NeglectConsequence {
        Objects.requireNonNull(neglectOn, "neglectOn");
        Objects.requireNonNull(kind, "kind");
        if (neglectNumber < 1) {
            throw new IllegalArgumentException("neglects are counted from 1: " + neglectNumber);
        }
        if ((kind == Kind.REMINDER) != (daysWithoutBenefit == 0) || daysWithoutBenefit < 0) {
            throw new IllegalArgumentException(kind + " with " + daysWithoutBenefit + " days without benefit");
        }
    }
}
