package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.services.ApplicationObligationTerms;
import fi.kuntakokeilu.services.ApplicationRequirement;
import fi.kuntakokeilu.services.ApplicationRequirement.Basis;
import fi.kuntakokeilu.services.ObligationPeriod;
import fi.kuntakokeilu.services.PeriodEvaluation;
import fi.kuntakokeilu.services.PeriodEvaluation.Outcome;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.WorkSituation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The job-application obligation of the Nordic job-seeking model (from 2.5.2022): how many
 * applications a plan requires, over which review periods, and whether a job seeker met it.
 *
 * <p><b>The requirement.</b> As a rule four applications a calendar month, recorded in the plan. The
 * plan may agree fewer (0–3), but only with a recorded reason. Part-time workers and those laid off by
 * a shortened working week: one application per three months (which a plan may likewise lower to 0
 * with a reason). A fully laid-off job seeker has no obligation during the first three months of the
 * lay-off; it starts on the day the lay-off has lasted three months, or on the plan day if that is
 * later. Plans from before 2.5.2022 carry no such obligation: an earlier customer gets it at their
 * first plan update under the Nordic model.
 *
 * <p><b>Review periods</b> are calendar months (or blocks of three calendar months). When the
 * obligation starts on a day other than the first of a month, the days left in that month join the
 * first full period, which then runs from the start day to the end of the next month (or of the
 * third month after): the part month is too short to be judged on its own, yet applications sent in
 * it count. So no job seeker is asked for more than the requirement in any calendar month, and no day
 * of the obligation goes unobserved.
 *
 * <p><b>Evaluation</b> counts reported applications by the day they were made. A period is {@code
 * MET} as soon as the count reaches the requirement, {@code NEGLECTED} when it has ended short of it,
 * and {@code IN_PROGRESS} until then. A neglected period's last day is the day of the neglect that
 * {@link NeglectLadder} weighs.
 */
public final class ApplicationObligationRules {

    /** As a rule four applications a calendar month. */
    public static final int STANDARD_MONTHLY_APPLICATIONS = 4;
    /** Part-time work and shortened-week lay-offs: one application... */
    public static final int REDUCED_SITUATION_APPLICATIONS = 1;
    /** ...per three months. */
    public static final int REDUCED_SITUATION_PERIOD_MONTHS = 3;
    /** A full lay-off: the obligation starts when the lay-off has lasted three months. */
    public static final int FULL_LAYOFF_GRACE_MONTHS = 3;

    private ApplicationObligationRules() {}

    /**
     * The requirement that a plan's terms set.
     *
     * @throws InvalidInputException naming every field at fault: a plan from before 2.5.2022, a number
     *     outside 0 to the default, a reduction without a reason, a full lay-off without its start day
     */
    public static ApplicationRequirement requirement(ApplicationObligationTerms terms) {
        Objects.requireNonNull(terms, "terms");
        WorkSituation situation = terms.situation();
        boolean everyThreeMonths =
                situation == WorkSituation.PART_TIME_WORK || situation == WorkSituation.SHORTENED_WEEK_LAYOFF;
        int standard = everyThreeMonths ? REDUCED_SITUATION_APPLICATIONS : STANDARD_MONTHLY_APPLICATIONS;
        int periodMonths = everyThreeMonths ? REDUCED_SITUATION_PERIOD_MONTHS : 1;

        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (terms.agreedOn().isBefore(RuleRegime.NORDIC_MODEL_START)) {
            errors.add("agreedOn", "services.applications.beforeNordicModel");
        }
        Integer agreed = terms.agreedApplications();
        boolean reduced = agreed != null && agreed < standard;
        String reason =
                terms.reductionReason() == null ? null : terms.reductionReason().strip();
        if (agreed != null && (agreed < 0 || agreed > standard)) {
            errors.add("agreedApplications", "services.applications.countOutOfRange", 0, standard);
        } else if (reduced && (reason == null || reason.isEmpty())) {
            errors.add("reductionReason", "services.applications.reasonRequired");
        }
        if (situation == WorkSituation.FULL_LAYOFF && terms.layoffStartedOn() == null) {
            errors.add("layoffStartedOn", "services.applications.layoffStartRequired");
        }
        errors.throwIfAny();

        LocalDate startsOn = terms.agreedOn();
        Basis basis = everyThreeMonths ? Basis.PART_TIME_OR_SHORTENED_WEEK : Basis.STANDARD;
        if (situation == WorkSituation.FULL_LAYOFF) {
            LocalDate graceEnds = terms.layoffStartedOn().plusMonths(FULL_LAYOFF_GRACE_MONTHS);
            startsOn = graceEnds.isAfter(startsOn) ? graceEnds : startsOn;
            basis = Basis.FULL_LAYOFF_AFTER_THREE_MONTHS;
        }
        if (reduced) {
            return new ApplicationRequirement(agreed, periodMonths, startsOn, Basis.REDUCED_IN_PLAN, reason);
        }
        return new ApplicationRequirement(standard, periodMonths, startsOn, basis, null);
    }

    /** The review periods of a requirement that start on or before a day, in order. */
    public static List<ObligationPeriod> periods(ApplicationRequirement requirement, LocalDate until) {
        LocalDate start = requirement.startsOn();
        LocalDate firstFullMonth =
                start.getDayOfMonth() == 1 ? start : start.withDayOfMonth(1).plusMonths(1);
        LocalDate end = firstFullMonth.plusMonths(requirement.periodMonths()).minusDays(1);
        List<ObligationPeriod> periods = new ArrayList<>();
        while (!start.isAfter(until)) {
            periods.add(new ObligationPeriod(start, end, requirement.applications()));
            start = end.plusDays(1);
            end = start.plusMonths(requirement.periodMonths()).minusDays(1);
        }
        return periods;
    }

    /**
     * How a job seeker stands in every period that has begun by today.
     *
     * @param applicationDates the day of each reported application; applications outside the
     *     obligation (before it started) are not counted
     */
    public static List<PeriodEvaluation> evaluate(
            ApplicationRequirement requirement, Collection<LocalDate> applicationDates, LocalDate today) {
        List<PeriodEvaluation> evaluations = new ArrayList<>();
        for (ObligationPeriod period : periods(requirement, today)) {
            int reported =
                    (int) applicationDates.stream().filter(period::contains).count();
            Outcome outcome;
            if (reported >= period.required()) {
                outcome = Outcome.MET;
            } else if (period.end().isBefore(today)) {
                outcome = Outcome.NEGLECTED;
            } else {
                outcome = Outcome.IN_PROGRESS;
            }
            evaluations.add(new PeriodEvaluation(period, reported, outcome));
        }
        return evaluations;
    }

    /** The days of neglect in a list of evaluations: the last day of each neglected period. */
    public static List<LocalDate> neglectDays(List<PeriodEvaluation> evaluations) {
        return evaluations.stream()
                .filter(evaluation -> evaluation.outcome() == Outcome.NEGLECTED)
                .map(evaluation -> evaluation.period().end())
                .toList();
    }
}
