package fi.kuntakokeilu.services.control;

import static fi.kuntakokeilu.services.InterviewKind.INITIAL_INTERVIEW;
import static fi.kuntakokeilu.services.InterviewKind.INTENSIVE_PERIOD_DISCUSSION;
import static fi.kuntakokeilu.services.InterviewKind.JOB_SEARCH_DISCUSSION;
import static fi.kuntakokeilu.services.InterviewKind.JOB_SEEKER_INTERVIEW;
import static fi.kuntakokeilu.services.RuleRegime.BEFORE_NORDIC_MODEL;
import static fi.kuntakokeilu.services.RuleRegime.NORDIC_MODEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.kuntakokeilu.services.IntensivePeriod;
import fi.kuntakokeilu.services.InterviewKind;
import fi.kuntakokeilu.services.InterviewSchedule;
import fi.kuntakokeilu.services.RuleRegime;
import fi.kuntakokeilu.services.ScheduledInterview;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Interview schedules. Rules: Act on Public Employment and Business Service before 2.5.2022 (initial
 * interview within 2 weeks, interview and plan review every 3 months of continuous unemployment) and
 * the Nordic job-seeking model from 2.5.2022 (HE 167/2021).
 */
class InterviewSchedulerTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void nordicInitialInterviewIsDueByTheFifthWorkingDaySkippingChristmas() {
        // Nordic model from 2.5.2022: initial interview within 5 working days; 24–26.12.2022 are days off.
        InterviewSchedule schedule = InterviewScheduler.schedule(date(2022, 12, 22), NORDIC_MODEL, date(2023, 1, 31));

        assertThat(schedule.ofKind(INITIAL_INTERVIEW))
                .extracting(ScheduledInterview::dueDate)
                .containsExactly(date(2022, 12, 30));
    }

    @Test
    void customerRegisteredInMay2021GetsTheTwoWeekAndThreeMonthSchedule() {
        // Before 2.5.2022: initial interview within 2 weeks, then an interview every 3 months.
        LocalDate registered = date(2021, 5, 3);
        InterviewSchedule schedule =
                InterviewScheduler.schedule(registered, RuleRegime.inForceOn(registered), date(2022, 5, 1));

        assertThat(schedule.interviews())
                .extracting(
                        ScheduledInterview::regime,
                        ScheduledInterview::kind,
                        ScheduledInterview::sequence,
                        ScheduledInterview::dueDate)
                .containsExactly(
                        tuple(BEFORE_NORDIC_MODEL, INITIAL_INTERVIEW, 1, date(2021, 5, 17)),
                        tuple(BEFORE_NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 1, date(2021, 8, 3)),
                        tuple(BEFORE_NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 2, date(2021, 11, 3)),
                        tuple(BEFORE_NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 3, date(2022, 2, 3)));
        assertThat(schedule.intensivePeriods()).isEmpty();
    }

    @Test
    void customerRegisteredOnTheFirstNordicDayGetsTheNordicScheduleWithIntensivePeriods() {
        // Nordic model: initial interview in 5 working days, discussions every 2 weeks for 3 months,
        // interviews every 3 months, and from 6 months a one-month intensive period with 2 discussions.
        LocalDate registered = date(2022, 5, 2);
        InterviewSchedule schedule =
                InterviewScheduler.schedule(registered, RuleRegime.inForceOn(registered), date(2023, 5, 31));

        assertThat(schedule.interviews())
                .extracting(ScheduledInterview::kind, ScheduledInterview::sequence, ScheduledInterview::dueDate)
                .containsExactly(
                        tuple(INITIAL_INTERVIEW, 1, date(2022, 5, 9)),
                        tuple(JOB_SEARCH_DISCUSSION, 1, date(2022, 5, 23)),
                        tuple(JOB_SEARCH_DISCUSSION, 2, date(2022, 6, 6)),
                        tuple(JOB_SEARCH_DISCUSSION, 3, date(2022, 6, 20)),
                        tuple(JOB_SEARCH_DISCUSSION, 4, date(2022, 7, 4)),
                        tuple(JOB_SEARCH_DISCUSSION, 5, date(2022, 7, 18)),
                        tuple(JOB_SEEKER_INTERVIEW, 1, date(2022, 8, 2)),
                        tuple(JOB_SEEKER_INTERVIEW, 2, date(2022, 11, 2)),
                        // 12.11.2022 is a Saturday: due on Monday 14.11.
                        tuple(INTENSIVE_PERIOD_DISCUSSION, 1, date(2022, 11, 14)),
                        tuple(INTENSIVE_PERIOD_DISCUSSION, 2, date(2022, 11, 22)),
                        tuple(JOB_SEEKER_INTERVIEW, 3, date(2023, 2, 2)),
                        tuple(JOB_SEEKER_INTERVIEW, 4, date(2023, 5, 2)),
                        tuple(INTENSIVE_PERIOD_DISCUSSION, 3, date(2023, 5, 12)),
                        tuple(INTENSIVE_PERIOD_DISCUSSION, 4, date(2023, 5, 23)));
        assertThat(schedule.interviews()).allMatch(i -> i.regime() == NORDIC_MODEL);
        assertThat(schedule.intensivePeriods())
                .containsExactly(
                        new IntensivePeriod(1, date(2022, 11, 2), date(2022, 12, 1)),
                        new IntensivePeriod(2, date(2023, 5, 2), date(2023, 6, 1)));
        assertThat(schedule.periodOf(
                        schedule.ofKind(INTENSIVE_PERIOD_DISCUSSION).get(2)))
                .map(IntensivePeriod::number)
                .contains(2);
        assertThat(schedule.periodOf(schedule.ofKind(JOB_SEEKER_INTERVIEW).get(0)))
                .isEmpty();
    }

    @Test
    void intensivePeriodsRepeatEveryHalfYearOfJobSearch() {
        // Nordic model: the intensive period comes at 6 months and again at 12, 18, 24 ... months.
        LocalDate registered = date(2022, 9, 15);
        InterviewSchedule schedule = InterviewScheduler.schedule(registered, NORDIC_MODEL, date(2024, 12, 31));

        assertThat(schedule.intensivePeriods())
                .extracting(IntensivePeriod::number, IntensivePeriod::start)
                .containsExactly(
                        tuple(1, date(2023, 3, 15)),
                        tuple(2, date(2023, 9, 15)),
                        tuple(3, date(2024, 3, 15)),
                        tuple(4, date(2024, 9, 15)));
        for (IntensivePeriod period : schedule.intensivePeriods()) {
            List<ScheduledInterview> inPeriod = schedule.ofKind(INTENSIVE_PERIOD_DISCUSSION).stream()
                    .filter(i -> period.contains(i.dueDate()))
                    .toList();
            assertThat(inPeriod).as("period %d", period.number()).hasSize(2);
            // The period opens with the three-monthly interview due on its first day.
            assertThat(schedule.ofKind(JOB_SEEKER_INTERVIEW))
                    .extracting(ScheduledInterview::dueDate)
                    .contains(FinnishCalendar.nextWorkingDayOnOrAfter(period.start()));
        }
    }

    @Test
    void splitsTheIntensiveMonthIntoThirds() {
        // A 30-day period from 2.11.2022: discussions on day 10 (Saturday 12.11 -> Monday 14.11) and day 20.
        IntensivePeriod period = new IntensivePeriod(1, date(2022, 11, 2), date(2022, 12, 1));
        InterviewSchedule schedule = InterviewScheduler.schedule(date(2022, 5, 2), NORDIC_MODEL, date(2022, 12, 31));

        assertThat(schedule.intensivePeriods()).containsExactly(period);
        assertThat(schedule.ofKind(INTENSIVE_PERIOD_DISCUSSION))
                .extracting(ScheduledInterview::dueDate)
                .containsExactly(date(2022, 11, 14), date(2022, 11, 22));
    }

    @Test
    void beforeTheNordicModelAnInitialInterviewDueOnChristmasEveMovesToTheNextWorkingDay() {
        // Two weeks from Friday 10.12.2021 is Christmas Eve; Act 150/1930 § 5 moves the last day to 27.12.
        InterviewSchedule schedule =
                InterviewScheduler.schedule(date(2021, 12, 10), BEFORE_NORDIC_MODEL, date(2022, 1, 31));

        assertThat(schedule.ofKind(INITIAL_INTERVIEW))
                .extracting(ScheduledInterview::dueDate)
                .containsExactly(date(2021, 12, 27));
    }

    @Test
    void threeMonthlyInterviewsAreCountedFromTheStartSoMovedDatesNeverAccumulate() {
        // 2021-07-24 + 3 months = Sunday 24.10 (due Monday 25.10); + 6 months = Monday 24.1.2022.
        InterviewSchedule schedule =
                InterviewScheduler.schedule(date(2021, 7, 24), BEFORE_NORDIC_MODEL, date(2022, 2, 28));

        assertThat(schedule.ofKind(JOB_SEEKER_INTERVIEW))
                .extracting(ScheduledInterview::dueDate)
                .containsExactly(date(2021, 10, 25), date(2022, 1, 24));
    }

    @Test
    void everyDueDateIsAWorkingDayWhateverTheStart() {
        for (LocalDate start = date(2021, 3, 1); start.isBefore(date(2025, 1, 1)); start = start.plusDays(1)) {
            InterviewSchedule schedule =
                    InterviewScheduler.schedule(start, RuleRegime.inForceOn(start), start.plusMonths(25));

            assertThat(schedule.interviews())
                    .as("start %s", start)
                    .allMatch(i -> FinnishCalendar.isWorkingDay(i.dueDate()))
                    .isSortedAccordingTo((a, b) -> a.dueDate().compareTo(b.dueDate()));
        }
    }

    @Test
    void nordicDiscussionsComeEveryTwoWeeksAndStopBeforeTheThreeMonthInterview() {
        // "About every two weeks for the first three months": 14 days apart from the initial interview,
        // the last at least a week before the three-month interview. That always makes five.
        for (LocalDate start = date(2022, 5, 2); start.isBefore(date(2025, 1, 1)); start = start.plusDays(1)) {
            InterviewSchedule schedule = InterviewScheduler.schedule(start, NORDIC_MODEL, start.plusMonths(4));
            List<LocalDate> discussions = dueDates(schedule, JOB_SEARCH_DISCUSSION);
            LocalDate initial = dueDates(schedule, INITIAL_INTERVIEW).get(0);
            LocalDate threeMonths = dueDates(schedule, JOB_SEEKER_INTERVIEW).get(0);

            assertThat(discussions).as("start %s", start).hasSize(5);
            assertThat(ChronoUnit.DAYS.between(initial, discussions.get(0))).isBetween(14L, 18L);
            assertThat(discussions.get(discussions.size() - 1)).isBefore(threeMonths);
            assertThat(ChronoUnit.DAYS.between(discussions.get(discussions.size() - 1), threeMonths))
                    .as("start %s", start)
                    .isBetween(3L, 24L);
        }
    }

    @Test
    void intensiveDiscussionsAlwaysFallInsideTheirPeriod() {
        for (LocalDate start = date(2022, 5, 2); start.isBefore(date(2024, 1, 1)); start = start.plusDays(1)) {
            InterviewSchedule schedule = InterviewScheduler.schedule(start, NORDIC_MODEL, start.plusMonths(31));

            assertThat(schedule.intensivePeriods()).as("start %s", start).hasSize(5);
            assertThat(schedule.ofKind(INTENSIVE_PERIOD_DISCUSSION))
                    .as("start %s", start)
                    .hasSize(10)
                    .allMatch(i -> schedule.periodOf(i).isPresent());
        }
    }

    @Test
    void existingCustomerSwitchesToTheNordicScheduleAtTheirFirstPlanUpdateFromMay2022() {
        // Nordic model from 2.5.2022: existing customers switch at their next plan update. The update on
        // 3.5.2022 falls in the intensive period at 12 months of job search (3.5–2.6.2022).
        LocalDate registered = date(2021, 5, 3);
        InterviewSchedule schedule =
                InterviewScheduler.afterPlanUpdate(registered, date(2022, 5, 3), date(2022, 12, 31));

        assertThat(schedule.interviews())
                .extracting(
                        ScheduledInterview::regime,
                        ScheduledInterview::kind,
                        ScheduledInterview::sequence,
                        ScheduledInterview::dueDate)
                .containsExactly(
                        tuple(BEFORE_NORDIC_MODEL, INITIAL_INTERVIEW, 1, date(2021, 5, 17)),
                        tuple(BEFORE_NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 1, date(2021, 8, 3)),
                        tuple(BEFORE_NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 2, date(2021, 11, 3)),
                        tuple(BEFORE_NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 3, date(2022, 2, 3)),
                        tuple(NORDIC_MODEL, INTENSIVE_PERIOD_DISCUSSION, 1, date(2022, 5, 13)),
                        tuple(NORDIC_MODEL, INTENSIVE_PERIOD_DISCUSSION, 2, date(2022, 5, 24)),
                        tuple(NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 4, date(2022, 8, 3)),
                        tuple(NORDIC_MODEL, JOB_SEEKER_INTERVIEW, 5, date(2022, 11, 3)),
                        tuple(NORDIC_MODEL, INTENSIVE_PERIOD_DISCUSSION, 3, date(2022, 11, 14)),
                        tuple(NORDIC_MODEL, INTENSIVE_PERIOD_DISCUSSION, 4, date(2022, 11, 23)));
        assertThat(schedule.intensivePeriods())
                .extracting(IntensivePeriod::number)
                .containsExactly(2, 3);
    }

    @Test
    void existingCustomerWhosePlanWasUpdatedBeforeMay2022StaysOnTheEarlierSchedule() {
        InterviewSchedule schedule =
                InterviewScheduler.afterPlanUpdate(date(2021, 5, 3), date(2022, 2, 3), date(2022, 12, 31));

        assertThat(schedule.interviews()).allMatch(i -> i.regime() == BEFORE_NORDIC_MODEL);
        assertThat(dueDates(schedule, JOB_SEEKER_INTERVIEW))
                .containsExactly(
                        date(2021, 8, 3),
                        date(2021, 11, 3),
                        date(2022, 2, 3),
                        date(2022, 5, 3),
                        date(2022, 8, 3),
                        date(2022, 11, 3));
        assertThat(schedule.ofKind(JOB_SEARCH_DISCUSSION)).isEmpty();
    }

    @Test
    void customerSwitchingInTheirFirstThreeMonthsGetsFortnightlyDiscussionsFromTheUpdate() {
        // Registered Wednesday 20.4.2022 (initial interview due 4.5 under the earlier rules), plan
        // updated 5.5.2022: discussions every 14 days from the update until a week before 20.7.
        InterviewSchedule schedule =
                InterviewScheduler.afterPlanUpdate(date(2022, 4, 20), date(2022, 5, 5), date(2022, 10, 31));

        assertThat(schedule.interviews())
                .extracting(ScheduledInterview::regime, ScheduledInterview::kind, ScheduledInterview::dueDate)
                .containsExactly(
                        tuple(BEFORE_NORDIC_MODEL, INITIAL_INTERVIEW, date(2022, 5, 4)),
                        tuple(NORDIC_MODEL, JOB_SEARCH_DISCUSSION, date(2022, 5, 19)),
                        tuple(NORDIC_MODEL, JOB_SEARCH_DISCUSSION, date(2022, 6, 2)),
                        tuple(NORDIC_MODEL, JOB_SEARCH_DISCUSSION, date(2022, 6, 16)),
                        tuple(NORDIC_MODEL, JOB_SEARCH_DISCUSSION, date(2022, 6, 30)),
                        tuple(NORDIC_MODEL, JOB_SEEKER_INTERVIEW, date(2022, 7, 20)),
                        tuple(NORDIC_MODEL, JOB_SEEKER_INTERVIEW, date(2022, 10, 20)),
                        tuple(NORDIC_MODEL, INTENSIVE_PERIOD_DISCUSSION, date(2022, 10, 31)));
    }

    @Test
    void aPlanUpdateChangesNothingForACustomerRegisteredUnderTheNordicModel() {
        LocalDate registered = date(2022, 12, 22);

        assertThat(InterviewScheduler.afterPlanUpdate(registered, date(2023, 1, 10), date(2023, 12, 31)))
                .isEqualTo(InterviewScheduler.schedule(registered, NORDIC_MODEL, date(2023, 12, 31)));
    }

    @Test
    void scheduleForACustomerSwitchesAtTheFirstUpdateOnOrAfter2May2022() {
        LocalDate registered = date(2021, 5, 3);
        List<LocalDate> updates = List.of(date(2021, 8, 3), date(2022, 8, 3), date(2022, 5, 3), date(2021, 11, 3));

        assertThat(InterviewScheduler.forCustomer(registered, updates, date(2023, 6, 30)))
                .isEqualTo(InterviewScheduler.afterPlanUpdate(registered, date(2022, 5, 3), date(2023, 6, 30)));
        assertThat(InterviewScheduler.forCustomer(registered, List.of(date(2021, 8, 3)), date(2023, 6, 30)))
                .isEqualTo(InterviewScheduler.schedule(registered, BEFORE_NORDIC_MODEL, date(2023, 6, 30)));
    }

    @Test
    void initialAndThreeMonthlyInterviewsReviewThePlanButDiscussionsNeedNot() {
        assertThat(INITIAL_INTERVIEW.reviewsPlan()).isTrue();
        assertThat(JOB_SEEKER_INTERVIEW.reviewsPlan()).isTrue();
        assertThat(JOB_SEARCH_DISCUSSION.reviewsPlan()).isFalse();
        assertThat(INTENSIVE_PERIOD_DISCUSSION.reviewsPlan()).isFalse();
    }

    @Test
    void aHorizonBeforeTheStartGivesAnEmptySchedule() {
        InterviewSchedule schedule = InterviewScheduler.schedule(date(2023, 3, 1), NORDIC_MODEL, date(2023, 2, 1));

        assertThat(schedule.interviews()).isEmpty();
        assertThat(schedule.intensivePeriods()).isEmpty();
    }

    @Test
    void theHorizonIsInclusive() {
        InterviewSchedule schedule = InterviewScheduler.schedule(date(2022, 12, 22), NORDIC_MODEL, date(2022, 12, 30));

        assertThat(schedule.interviews()).extracting(ScheduledInterview::kind).containsExactly(INITIAL_INTERVIEW);
    }

    private static List<LocalDate> dueDates(InterviewSchedule schedule, InterviewKind kind) {
        return schedule.ofKind(kind).stream().map(ScheduledInterview::dueDate).toList();
    }
}
