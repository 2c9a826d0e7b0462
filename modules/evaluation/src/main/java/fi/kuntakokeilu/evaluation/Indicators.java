package fi.kuntakokeilu.evaluation;

import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The indicator catalogue and the counts behind it, read from the monthly status panel. Reports,
 * benchmarks and exports take every figure from here, so an indicator means the same everywhere.
 *
 * <p>Only aggregates leave this interface: no person, no pseudonym. Small-cell suppression is the
 * reporting module's duty, applied to whatever it publishes from these counts. Evaluators, area
 * managers and administrators may call it.
 */
public interface Indicators {

    /** Every indicator, counts and shares, in the order reports show them. */
    List<IndicatorDefinition> catalogue();

    /**
     * The month ends the panel holds, oldest first, each with a value that changes whenever {@link
     * #counts} could answer differently for that month: the month built again with other rows or
     * rules, or the trial areas counted changed. A reader that keeps what it made of a month's
     * counts keeps it while the month's value stays the same; a month added or removed is a key
     * added or removed.
     */
    Map<YearMonth, String> countsVersions();

    /**
     * The counts of one month end: one row per trial area, one for all trial areas together and one
     * for the whole country (employment offices and trial areas together), each for all job seekers
     * and for each target subgroup. Every count indicator of the catalogue has a value in every row.
     *
     * @throws fi.kuntakokeilu.platform.problem.ResourceNotFoundException when the panel lacks the month
     */
    List<IndicatorCounts> counts(@NotNull YearMonth month);
}
