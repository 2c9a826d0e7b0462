package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ProblemException.FieldError;
import fi.kuntakokeilu.services.ApplicationObligationTerms;
import fi.kuntakokeilu.services.ApplicationRequirement;
import fi.kuntakokeilu.services.ApplicationRequirement.Basis;
import fi.kuntakokeilu.services.ObligationPeriod;
import fi.kuntakokeilu.services.PeriodEvaluation;
import fi.kuntakokeilu.services.PeriodEvaluation.Outcome;
import fi.kuntakokeilu.services.WorkSituation;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The job-application obligation of the Nordic job-seeking model from 2.5.2022 (Act on Public
 * Employment and Business Service, HE 167/2021): as a rule 4 applications a calendar month, recorded
 * in the plan; 0–3 with a reason; part time and shortened week 1 per 3 months; full lay-off from 3
 * months after it began.
 */
class ApplicationObligationRulesTest {

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void anUnemployedJobSeekerMustApplyForFourJobsACalendarMonth() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, date(2022, 6, 1)));

        assertThat(requirement).isEqualTo(new ApplicationRequirement(4, 1, date(2022, 6, 1), Basis.STANDARD, null));
    }

    @Test
    void thePlanMayLowerTheNumberWithARecordedReason() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(ApplicationObligationTerms.reduced(
                WorkSituation.UNEMPLOYED, date(2022, 6, 1), 2, "  Few vacancies in the field nearby  "));

        assertThat(requirement.applications()).isEqualTo(2);
        assertThat(requirement.basis()).isEqualTo(Basis.REDUCED_IN_PLAN);
        assertThat(requirement.reason()).contains("Few vacancies in the field nearby");
    }

    @Test
    void thePlanMayWaiveTheObligationEntirelyWithAReason() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.reduced(WorkSituation.UNEMPLOYED, date(2022, 6, 1), 0, "On sick leave"));

        assertThat(requirement.applications()).isZero();
        assertThat(ApplicationObligationRules.evaluate(requirement, List.of(), date(2022, 9, 1)))
                .extracting(PeriodEvaluation::outcome)
                .containsOnly(Outcome.MET);
    }

    @Test
    void aLowerNumberWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> ApplicationObligationRules.requirement(
                        ApplicationObligationTerms.reduced(WorkSituation.UNEMPLOYED, date(2022, 6, 1), 3, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field, FieldError::key)
                        .containsExactly(tuple("reductionReason", "services.applications.reasonRequired")));
    }

    @Test
    void theNumberCanOnlyBeLoweredNeverRaisedOrNegative() {
        for (int applications : new int[] {-1, 5}) {
            assertThatThrownBy(() -> ApplicationObligationRules.requirement(ApplicationObligationTerms.reduced(
                            WorkSituation.UNEMPLOYED, date(2022, 6, 1), applications, "reason")))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                            .extracting(FieldError::field, FieldError::key, FieldError::args)
                            .containsExactly(tuple(
                                    "agreedApplications", "services.applications.countOutOfRange", List.of(0, 4))));
        }
    }

    @Test
    void agreeingTheDefaultNeedsNoReason() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                new ApplicationObligationTerms(WorkSituation.UNEMPLOYED, date(2022, 6, 1), 4, null, null));

        assertThat(requirement.basis()).isEqualTo(Basis.STANDARD);
        assertThat(requirement.reason()).isEmpty();
    }

    @Test
    void partTimeWorkersApplyForOneJobPerThreeMonths() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.PART_TIME_WORK, date(2022, 6, 1)));

        assertThat(requirement)
                .isEqualTo(new ApplicationRequirement(1, 3, date(2022, 6, 1), Basis.PART_TIME_OR_SHORTENED_WEEK, null));
    }

    @Test
    void shortenedWeekLayoffsApplyForOneJobPerThreeMonthsWhichAPlanMayWaiveWithAReason() {
        ApplicationRequirement standard = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.SHORTENED_WEEK_LAYOFF, date(2022, 6, 1)));
        ApplicationRequirement waived = ApplicationObligationRules.requirement(ApplicationObligationTerms.reduced(
                WorkSituation.SHORTENED_WEEK_LAYOFF, date(2022, 6, 1), 0, "Returns to full time on 1.9."));

        assertThat(standard.applications()).isEqualTo(1);
        assertThat(standard.periodMonths()).isEqualTo(3);
        assertThat(waived.applications()).isZero();
        assertThat(waived.periodMonths()).isEqualTo(3);
        assertThatThrownBy(() -> ApplicationObligationRules.requirement(ApplicationObligationTerms.reduced(
                        WorkSituation.SHORTENED_WEEK_LAYOFF, date(2022, 6, 1), 2, "more than the rule")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aFullLayoffCarriesNoObligationForItsFirstThreeMonths() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.fullLayoff(date(2022, 6, 1), date(2022, 5, 16)));

        assertThat(requirement)
                .isEqualTo(new ApplicationRequirement(
                        4, 1, date(2022, 8, 16), Basis.FULL_LAYOFF_AFTER_THREE_MONTHS, null));
        assertThat(ApplicationObligationRules.periods(requirement, date(2022, 8, 15)))
                .isEmpty();
    }

    @Test
    void aFullLayoffPlanMadeAfterThreeMonthsAppliesFromThePlanDay() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.fullLayoff(date(2022, 10, 3), date(2022, 5, 16)));

        assertThat(requirement.startsOn()).isEqualTo(date(2022, 10, 3));
    }

    @Test
    void reportsEveryFaultOfThePlanTermsAtOnce() {
        ApplicationObligationTerms terms =
                new ApplicationObligationTerms(WorkSituation.FULL_LAYOFF, date(2022, 4, 29), 2, null, null);

        assertThatThrownBy(() -> ApplicationObligationRules.requirement(terms))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::field)
                        .containsExactly("agreedOn", "reductionReason", "layoffStartedOn"));
    }

    @Test
    void plansFromBeforeTheNordicModelCarryNoApplicationObligation() {
        assertThatThrownBy(() -> ApplicationObligationRules.requirement(
                        ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, date(2022, 5, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .extracting(FieldError::key)
                        .containsExactly("services.applications.beforeNordicModel"));
    }

    @Test
    void reviewPeriodsAreCalendarMonths() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, date(2022, 6, 1)));

        assertThat(ApplicationObligationRules.periods(requirement, date(2022, 8, 1)))
                .containsExactly(
                        new ObligationPeriod(date(2022, 6, 1), date(2022, 6, 30), 4),
                        new ObligationPeriod(date(2022, 7, 1), date(2022, 7, 31), 4),
                        new ObligationPeriod(date(2022, 8, 1), date(2022, 8, 31), 4));
    }

    @Test
    void thePartMonthAtTheStartJoinsTheFirstFullMonth() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, date(2022, 12, 30)));

        assertThat(ApplicationObligationRules.periods(requirement, date(2023, 2, 28)))
                .containsExactly(
                        new ObligationPeriod(date(2022, 12, 30), date(2023, 1, 31), 4),
                        new ObligationPeriod(date(2023, 2, 1), date(2023, 2, 28), 4));
    }

    @Test
    void threeMonthPeriodsAreBlocksOfThreeCalendarMonths() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.PART_TIME_WORK, date(2022, 6, 15)));

        assertThat(ApplicationObligationRules.periods(requirement, date(2023, 1, 1)))
                .containsExactly(
                        new ObligationPeriod(date(2022, 6, 15), date(2022, 9, 30), 1),
                        new ObligationPeriod(date(2022, 10, 1), date(2022, 12, 31), 1),
                        new ObligationPeriod(date(2023, 1, 1), date(2023, 3, 31), 1));
    }

    @Test
    void noCalendarMonthEverAsksForMoreThanTheRequirement() {
        // Whatever day the obligation starts, each full calendar month lies in exactly one period.
        for (LocalDate start = date(2022, 5, 2); start.isBefore(date(2024, 5, 2)); start = start.plusDays(1)) {
            ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                    ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, start));
            List<ObligationPeriod> periods = ApplicationObligationRules.periods(requirement, start.plusYears(1));

            assertThat(periods.get(0).start()).isEqualTo(start);
            for (int i = 1; i < periods.size(); i++) {
                assertThat(periods.get(i).start())
                        .isEqualTo(periods.get(i - 1).end().plusDays(1));
                assertThat(periods.get(i).start().getDayOfMonth()).isEqualTo(1);
                assertThat(periods.get(i).end())
                        .isEqualTo(periods.get(i).start().plusMonths(1).minusDays(1));
            }
        }
    }

    @Test
    void evaluatesEachPeriodAsMetNeglectedOrInProgress() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, date(2022, 6, 1)));
        List<LocalDate> applications = List.of(
                date(2022, 5, 30), // before the obligation: not counted
                date(2022, 6, 2),
                date(2022, 6, 9),
                date(2022, 6, 16),
                date(2022, 6, 30),
                date(2022, 7, 4),
                date(2022, 7, 5),
                date(2022, 8, 1),
                date(2022, 8, 2),
                date(2022, 8, 3),
                date(2022, 8, 4),
                date(2022, 9, 12));

        List<PeriodEvaluation> evaluations =
                ApplicationObligationRules.evaluate(requirement, applications, date(2022, 9, 20));

        assertThat(evaluations)
                .extracting(e -> e.period().start(), PeriodEvaluation::reported, PeriodEvaluation::outcome)
                .containsExactly(
                        tuple(date(2022, 6, 1), 4, Outcome.MET),
                        tuple(date(2022, 7, 1), 2, Outcome.NEGLECTED),
                        tuple(date(2022, 8, 1), 4, Outcome.MET),
                        tuple(date(2022, 9, 1), 1, Outcome.IN_PROGRESS));
        assertThat(evaluations.get(1).shortfall()).isEqualTo(2);
        assertThat(ApplicationObligationRules.neglectDays(evaluations)).containsExactly(date(2022, 7, 31));
    }

    @Test
    void aPeriodIsNeglectedOnlyOnceItHasEnded() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.UNEMPLOYED, date(2022, 6, 1)));

        assertThat(ApplicationObligationRules.evaluate(requirement, List.of(), date(2022, 6, 30)))
                .extracting(PeriodEvaluation::outcome)
                .containsExactly(Outcome.IN_PROGRESS);
        assertThat(ApplicationObligationRules.evaluate(requirement, List.of(), date(2022, 7, 1)))
                .extracting(PeriodEvaluation::outcome)
                .containsExactly(Outcome.NEGLECTED, Outcome.IN_PROGRESS);
    }

    @Test
    void aPeriodIsMetAsSoonAsTheCountIsReached() {
        ApplicationRequirement requirement = ApplicationObligationRules.requirement(
                ApplicationObligationTerms.standard(WorkSituation.PART_TIME_WORK, date(2022, 6, 1)));

        assertThat(ApplicationObligationRules.evaluate(requirement, List.of(date(2022, 6, 3)), date(2022, 6, 10)))
                .extracting(PeriodEvaluation::outcome)
                .containsExactly(Outcome.MET);
    }
}
