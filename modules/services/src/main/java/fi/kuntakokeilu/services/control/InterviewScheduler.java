package fi.kuntakokeilu.services.control;

import static fi.kuntakokeilu.services.control.FinnishCalendar.nextWorkingDayOnOrAfter;

import fi.kuntakokeilu.services.IntensivePeriod;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.InterviewSchedule;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.ScheduledInterview;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The meetings a job seeker is due, by the rules in force, up to a horizon.
 *
 * <h2>Before the Nordic model (registered until 1.5.2022)</h2>
 *
 * The initial interview within two weeks (14 calendar days) of registration; then a job-seeker
 * interview, with a review of the employment plan, every three months of continuous unemployment
 * (3, 6, 9 ... calendar months after the start).
 *
 * <h2>Nordic job-seeking model (from 2.5.2022)</h2>
 *
 * <ul>
 *   <li>The initial interview by the fifth working day after registration; it produces the
 *       employment plan.
 *   <li><b>Job-search discussions "about every two weeks" in the first three months</b>: one every 14
 *       calendar days counted from the initial interview's due date, for as long as a discussion falls
 *       at least 7 days (half an interval) before the three-month job-seeker interview. Counting from
 *       the initial interview rather than from registration keeps the first gap a full two weeks, and
 *       the half-interval margin keeps a discussion from landing a day or two before the interview,
 *       which takes that fortnight's place. A customer registered on 2.5.2022 thus has discussions on
 *       23.5, 6.6, 20.6, 4.7 and 18.7 and the interview on 2.8: seven meetings in three months, none
 *       more than 15 days apart.
 *   <li>Job-seeker interviews every three months: 3, 6, 9 ... calendar months after the start.
 *   <li><b>Intensive periods</b>: when the job search has lasted 6 months, and again at 12, 18 ...
 *       months, a period of one calendar month with 2 extra discussions. For a customer under the
 *       Nordic model from registration the period opens with the job-seeker interview that falls due
 *       on its first day, and the 2 discussions divide the month
 *       into thirds (due on day round(L/3) and round(2L/3) after the start, L being the period's
 *       length in days: 10 and 20 in a 30-day month). Evenly spaced contacts are the point of an
 *       intensive period, and the last third is left for the job seeker to act on the second
 *       discussion before the period ends.
 * </ul>
 *
 * <h2>Due dates</h2>
 *
 * A due date counted in calendar days or months that falls on a weekend, holiday or eve moves to the
 * next working day, as the Act on the Calculation of Time Limits (150/1930) § 5 moves the last day of
 * a time limit. Each due date is counted from the start, not from the previous (possibly moved) one,
 * so moves never accumulate.
 *
 * <h2>Customers who switch</h2>
 *
 * A customer registered before 2.5.2022 keeps the earlier schedule until their plan is updated on or
 * after that day ({@link RegimeSwitch}). After the update the Nordic schedule applies without an
 * initial interview (the update took its place): if the update falls in the first three months of
 * job search, job-search discussions follow every 14 days from the update and the job-seeker
 * interviews stay on the three-month grid of the start; if it falls later, the update counts as the
 * latest interview and the next ones follow every three months from it. Intensive periods stay tied
 * to the length of the job search (6, 12, 18 ... months from the start), since that is what the law
 * ties them to.
 */
public final class InterviewScheduler {

    /** Before 2.5.2022: the initial interview within two weeks of registration. */
    public static final int INITIAL_INTERVIEW_DAYS_BEFORE_NORDIC_MODEL = 14;
    /** Nordic model: the initial interview within five working days of registration. */
    public static final int INITIAL_INTERVIEW_WORKING_DAYS = 5;
    /** Both regimes: a job-seeker interview every three months. */
    public static final int INTERVIEW_INTERVAL_MONTHS = 3;
    /** Nordic model: job-search discussions about every two weeks... */
    public static final int DISCUSSION_INTERVAL_DAYS = 14;
    /** ...during the first three months of job search. */
    public static final int DISCUSSION_PHASE_MONTHS = 3;
    /** Nordic model: the first intensive period when the job search has lasted six months... */
    public static final int INTENSIVE_PERIOD_EVERY_MONTHS = 6;
    /** ...lasting one month... */
    public static final int INTENSIVE_PERIOD_LENGTH_MONTHS = 1;
    /** ...with two extra discussions. */
    public static final int INTENSIVE_PERIOD_DISCUSSIONS = 2;

    private InterviewScheduler() {}

    /**
     * The schedule of a job seeker whose job search began on a day, under one regime from the start.
     *
     * @param jobSearchStart the registration day (for the three-monthly interviews before the Nordic
     *     model: the first day of the current spell of continuous unemployment)
     * @param regime the rules to apply
     * @param horizon the last due date to include
     */
    public static InterviewSchedule schedule(LocalDate jobSearchStart, RuleRegime regime, LocalDate horizon) {
        Objects.requireNonNull(jobSearchStart, "jobSearchStart");
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(horizon, "horizon");
        List<Draft> drafts = new ArrayList<>();
        List<IntensivePeriod> periods = new ArrayList<>();
        if (regime == RuleRegime.BEFORE_NORDIC_MODEL) {
            earlierSchedule(jobSearchStart, horizon, drafts);
        } else {
            LocalDate initialInterview = FinnishCalendar.addWorkingDays(jobSearchStart, INITIAL_INTERVIEW_WORKING_DAYS);
            drafts.add(new Draft(RuleRegime.NORDIC_MODEL, InterviewKind.INITIAL_INTERVIEW, initialInterview));
            nordicSchedule(jobSearchStart, initialInterview, jobSearchStart, horizon, drafts, periods);
        }
        return assemble(jobSearchStart, horizon, drafts, periods);
    }

    /**
     * The schedule of a customer whose plan was updated on a day: the Nordic schedule from the start
     * for those registered from 2.5.2022; the earlier schedule for earlier customers until an update
     * on or after 2.5.2022, and the Nordic schedule after it.
     */
    public static InterviewSchedule afterPlanUpdate(
            LocalDate registeredOn, LocalDate planUpdatedOn, LocalDate horizon) {
        Objects.requireNonNull(registeredOn, "registeredOn");
        Objects.requireNonNull(horizon, "horizon");
        RuleRegime regime = RegimeSwitch.regimeAfterPlanUpdate(registeredOn, planUpdatedOn);
        if (regime == RuleRegime.BEFORE_NORDIC_MODEL || RuleRegime.inForceOn(registeredOn) == regime) {
            return schedule(registeredOn, regime, horizon);
        }
        List<Draft> drafts = new ArrayList<>();
        earlierSchedule(registeredOn, horizon, drafts);
        drafts.removeIf(draft -> !draft.due().isBefore(planUpdatedOn));

        List<Draft> nordic = new ArrayList<>();
        List<IntensivePeriod> periods = new ArrayList<>();
        LocalDate discussionPhaseEnds = registeredOn.plusMonths(DISCUSSION_PHASE_MONTHS);
        LocalDate interviewBase = planUpdatedOn.isBefore(discussionPhaseEnds) ? registeredOn : planUpdatedOn;
        nordicSchedule(registeredOn, planUpdatedOn, interviewBase, horizon, nordic, periods);
        nordic.removeIf(draft -> !draft.due().isAfter(planUpdatedOn));
        periods.removeIf(period -> period.end().isBefore(planUpdatedOn));
        drafts.addAll(nordic);
        return assemble(registeredOn, horizon, drafts, periods);
    }

    /**
     * The schedule of a customer given every day their plan was updated: the switch to the Nordic
     * model happens at the first update on or after 2.5.2022, if any.
     */
    public static InterviewSchedule forCustomer(
            LocalDate registeredOn, Collection<LocalDate> planUpdates, LocalDate horizon) {
        return RegimeSwitch.nordicModelFrom(registeredOn, planUpdates)
                .map(from -> afterPlanUpdate(registeredOn, from, horizon))
                .orElseGet(() -> schedule(registeredOn, RuleRegime.BEFORE_NORDIC_MODEL, horizon));
    }

    private static void earlierSchedule(LocalDate start, LocalDate horizon, List<Draft> drafts) {
        RuleRegime regime = RuleRegime.BEFORE_NORDIC_MODEL;
        drafts.add(new Draft(
                regime,
                InterviewKind.INITIAL_INTERVIEW,
                nextWorkingDayOnOrAfter(start.plusDays(INITIAL_INTERVIEW_DAYS_BEFORE_NORDIC_MODEL))));
        everyThreeMonths(regime, start, horizon, drafts);
    }

    /**
     * The Nordic meetings after the first one.
     *
     * @param start the start of the job search, which times the discussion phase and intensive periods
     * @param firstMeeting the meeting from which the fortnightly discussions are counted
     * @param interviewBase the day from which the three-monthly interviews are counted
     */
    private static void nordicSchedule(
            LocalDate start,
            LocalDate firstMeeting,
            LocalDate interviewBase,
            LocalDate horizon,
            List<Draft> drafts,
            List<IntensivePeriod> periods) {
        RuleRegime regime = RuleRegime.NORDIC_MODEL;
        LocalDate lastDiscussion = start.plusMonths(DISCUSSION_PHASE_MONTHS).minusDays(DISCUSSION_INTERVAL_DAYS / 2);
        for (int n = 1; ; n++) {
            LocalDate nominal = firstMeeting.plusDays((long) n * DISCUSSION_INTERVAL_DAYS);
            if (nominal.isAfter(lastDiscussion) || nominal.isAfter(horizon)) {
                break;
            }
            drafts.add(new Draft(regime, InterviewKind.JOB_SEARCH_DISCUSSION, nextWorkingDayOnOrAfter(nominal)));
        }
        everyThreeMonths(regime, interviewBase, horizon, drafts);
        for (int k = 1; ; k++) {
            LocalDate periodStart = start.plusMonths((long) k * INTENSIVE_PERIOD_EVERY_MONTHS);
            if (periodStart.isAfter(horizon)) {
                break;
            }
            LocalDate periodEnd = start.plusMonths(
                            (long) k * INTENSIVE_PERIOD_EVERY_MONTHS + INTENSIVE_PERIOD_LENGTH_MONTHS)
                    .minusDays(1);
            periods.add(new IntensivePeriod(k, periodStart, periodEnd));
            long length = ChronoUnit.DAYS.between(periodStart, periodEnd) + 1;
            for (int j = 1; j <= INTENSIVE_PERIOD_DISCUSSIONS; j++) {
                long offset = Math.round((double) j * length / (INTENSIVE_PERIOD_DISCUSSIONS + 1));
                drafts.add(new Draft(
                        regime,
                        InterviewKind.INTENSIVE_PERIOD_DISCUSSION,
                        nextWorkingDayOnOrAfter(periodStart.plusDays(offset))));
            }
        }
    }

    private static void everyThreeMonths(RuleRegime regime, LocalDate base, LocalDate horizon, List<Draft> drafts) {
        for (int k = 1; ; k++) {
            LocalDate nominal = base.plusMonths((long) k * INTERVIEW_INTERVAL_MONTHS);
            if (nominal.isAfter(horizon)) {
                break;
            }
            drafts.add(new Draft(regime, InterviewKind.JOB_SEEKER_INTERVIEW, nextWorkingDayOnOrAfter(nominal)));
        }
    }

    private static InterviewSchedule assemble(
            LocalDate start, LocalDate horizon, List<Draft> drafts, List<IntensivePeriod> periods) {
        List<Draft> due = drafts.stream()
                .filter(draft -> !draft.due().isAfter(horizon))
                .sorted(Comparator.comparing(Draft::due).thenComparing(Draft::kind))
                .toList();
        Map<InterviewKind, Integer> sequences = new EnumMap<>(InterviewKind.class);
        List<ScheduledInterview> interviews = new ArrayList<>();
        for (Draft draft : due) {
            int sequence = sequences.merge(draft.kind(), 1, Integer::sum);
            interviews.add(new ScheduledInterview(draft.regime(), draft.kind(), sequence, draft.due()));
        }
        return new InterviewSchedule(start, horizon, interviews, periods);
    }

    private record Draft(RuleRegime regime, InterviewKind kind, LocalDate due) {}
}
