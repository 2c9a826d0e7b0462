package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What an employment plan records about the job-application obligation.
 *
 * @param situation the job seeker's situation, which sets the default number and the period length
 * @param agreedOn the day the plan was made or updated; the obligation runs from this day (for a full
 *     lay-off, from three months after the lay-off began if that is later)
 * @param agreedApplications the number agreed in the plan per period (a calendar month, or three
 *     months for part-time work and shortened-week lay-offs); {@code null} for the default. Only a
 *     lower number than the default may be agreed, and only with a reason.
 * @param reductionReason why the plan agrees fewer applications than the default; required then
 * @param layoffStartedOn the first day of a full lay-off; required for {@link WorkSituation#FULL_LAYOFF}
 */
public record ApplicationObligationTerms(
        WorkSituation situation,
        LocalDate agreedOn,
        Integer agreedApplications,
        String reductionReason,
        LocalDate layoffStartedOn) {

    public ApplicationObligationTerms {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(agreedOn, "agreedOn");
    }

    /** The default terms of a situation: no reduction agreed. */
    public static ApplicationObligationTerms standard(WorkSituation situation, LocalDate agreedOn) {
        return new ApplicationObligationTerms(situation, agreedOn, null, null, null);
    }

    /** The default terms of a full lay-off that began on a day. */
    public static ApplicationObligationTerms fullLayoff(LocalDate agreedOn, LocalDate layoffStartedOn) {
        return new ApplicationObligationTerms(WorkSituation.FULL_LAYOFF, agreedOn, null, null, layoffStartedOn);
    }

    /** A plan that agrees fewer applications than the default, for a recorded reason. */
    public static ApplicationObligationTerms reduced(
            WorkSituation situation, LocalDate agreedOn, int applications, String reason) {
        return new ApplicationObligationTerms(situation, agreedOn, applications, reason, null);
    }
}
