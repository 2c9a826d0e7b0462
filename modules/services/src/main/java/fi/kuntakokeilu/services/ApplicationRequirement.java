package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The job-application obligation that follows from a plan: how many applications per how many
 * calendar months, from which day.
 *
 * @param applications the number required in each period (0 when the plan waives the obligation)
 * @param periodMonths the length of a period in calendar months: 1, or 3 for part-time work and
 *     shortened-week lay-offs
 * @param startsOn the first day of the obligation
 * @param basis why the number is what it is
 * @param reductionReason the plan's reason, when the number is below the default
 */
public record ApplicationRequirement(
        int applications, int periodMonths, LocalDate startsOn, Basis basis, String reductionReason) {

    /** Why the requirement is what it is. */
    public enum Basis {
        /** The default: four applications a calendar month. */
        STANDARD,
        /** Part-time work or a shortened-week lay-off: one application per three months. */
        PART_TIME_OR_SHORTENED_WEEK,
        /** A full lay-off: the default, from three months after the lay-off began. */
        FULL_LAYOFF_AFTER_THREE_MONTHS,
        /** The plan agrees fewer applications than the default, for a recorded reason. */
        REDUCED_IN_PLAN
    }

    public ApplicationRequirement {
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(basis, "basis");
        if (applications < 0 || periodMonths < 1) {
            throw new IllegalArgumentException("not a requirement: " + applications + " per " + periodMonths);
        }
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reductionReason);
    }
}
