package fi.kuntakokeilu.services;

import java.util.Objects;

/** How a job seeker stands against the job-application obligation in one review period. */
public record PeriodEvaluation(ObligationPeriod period, int reported, Outcome outcome) {

    /** The state of a period on the day of evaluation. */
    public enum Outcome {
        /** At least the required number of applications was reported. */
        MET,
        /** The period is still running and the requirement is not met yet. */
        IN_PROGRESS,
        /** The period has ended with fewer applications than required. */
        NEGLECTED
    }

    public PeriodEvaluation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** How many applications short of the requirement the period is (0 when met). */
    public int shortfall() {
        return Math.max(0, period.required() - reported);
    }
}
