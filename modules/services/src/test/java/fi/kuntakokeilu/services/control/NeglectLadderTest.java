package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fi.kuntakokeilu.services.NeglectConsequence;
import fi.kuntakokeilu.services.NeglectConsequence.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The neglect ladder of the Nordic job-seeking model from 2.5.2022 (Unemployment Security Act
 * 1290/2002 ch. 2a as amended by 1380/2021): a reminder, then 7 and 14 days without benefit, repeated
 * neglects counted within 12 months, no suspension longer than 45 days.
 */
class NeglectLadderTest {

    private final NeglectLadder ladder = NeglectLadder.withDefaults();

    private static LocalDate endOf(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    }

    @Test
    void firstNeglectBringsAReminderThenSevenAndFourteenDaysWithoutBenefit() {
        List<NeglectConsequence> consequences =
                ladder.consequencesOf(List.of(endOf(2022, 7), endOf(2022, 9), endOf(2022, 10), endOf(2022, 12)));

        assertThat(consequences)
                .extracting(
                        NeglectConsequence::neglectNumber,
                        NeglectConsequence::kind,
                        NeglectConsequence::daysWithoutBenefit)
                .containsExactly(
                        tuple(1, Kind.REMINDER, 0),
                        tuple(2, Kind.BENEFIT_STATEMENT, 7),
                        tuple(3, Kind.BENEFIT_STATEMENT, 14),
                        // Beyond the last step the ladder repeats it; it never climbs past what the law sets.
                        tuple(4, Kind.BENEFIT_STATEMENT, 14));
    }

    @Test
    void compliantMonthsInBetweenDoNotResetTheLadder() {
        // Neglecting every other month is still repeated neglect within the 12-month review period.
        assertThat(ladder.consequencesOf(List.of(endOf(2022, 6), endOf(2022, 8), endOf(2022, 10))))
                .extracting(NeglectConsequence::daysWithoutBenefit)
                .containsExactly(0, 7, 14);
    }

    @Test
    void twelveMonthsWithoutNeglectBringTheJobSeekerBackToAReminder() {
        List<NeglectConsequence> consequences = ladder.consequencesOf(List.of(
                endOf(2022, 6), endOf(2022, 7), endOf(2022, 8), LocalDate.of(2023, 8, 31), LocalDate.of(2023, 9, 30)));

        assertThat(consequences)
                .extracting(NeglectConsequence::kind, NeglectConsequence::daysWithoutBenefit)
                .containsExactly(
                        tuple(Kind.REMINDER, 0),
                        tuple(Kind.BENEFIT_STATEMENT, 7),
                        tuple(Kind.BENEFIT_STATEMENT, 14),
                        tuple(Kind.REMINDER, 0),
                        tuple(Kind.BENEFIT_STATEMENT, 7));
    }

    @Test
    void aNeglectExactlyTwelveMonthsOldNoLongerCounts() {
        LocalDate earlier = LocalDate.of(2022, 6, 30);

        assertThat(ladder.consequenceOf(LocalDate.of(2023, 6, 30), List.of(earlier))
                        .neglectNumber())
                .isEqualTo(1);
        assertThat(ladder.consequenceOf(LocalDate.of(2023, 6, 29), List.of(earlier))
                        .neglectNumber())
                .isEqualTo(2);
    }

    @Test
    void onlyEarlierNeglectsCount() {
        NeglectConsequence consequence =
                ladder.consequenceOf(LocalDate.of(2022, 8, 31), List.of(LocalDate.of(2022, 9, 30)));

        assertThat(consequence.kind()).isEqualTo(Kind.REMINDER);
    }

    @Test
    void theReviewWindowIsConfigurable() {
        NeglectLadder sixMonths = new NeglectLadder(new NeglectPolicy(List.of(7, 14), 45, 6));

        assertThat(sixMonths.consequencesOf(List.of(endOf(2022, 6), endOf(2023, 1))))
                .extracting(NeglectConsequence::kind)
                .containsExactly(Kind.REMINDER, Kind.REMINDER);
        assertThat(ladder.consequencesOf(List.of(endOf(2022, 6), endOf(2023, 1))))
                .extracting(NeglectConsequence::kind)
                .containsExactly(Kind.REMINDER, Kind.BENEFIT_STATEMENT);
    }

    @Test
    void theDefaultLadderNeverExceedsTheFortyFiveDayCap() {
        for (int neglect = 1; neglect <= 100; neglect++) {
            assertThat(ladder.daysWithoutBenefit(neglect)).isBetween(0, 45);
        }
        assertThat(NeglectPolicy.DEFAULT.maxSuspensionDays()).isEqualTo(45);
    }

    @Test
    void noConfiguredLadderEverExceedsItsCap() {
        Random random = new Random(1380_2021L);
        for (int i = 0; i < 500; i++) {
            int cap = 1 + random.nextInt(90);
            List<Integer> steps = new ArrayList<>();
            int previous = 1;
            for (int step = 0, count = 1 + random.nextInt(5); step < count; step++) {
                previous = previous + random.nextInt(cap - previous + 1);
                steps.add(previous);
            }
            NeglectLadder configured = new NeglectLadder(new NeglectPolicy(steps, cap, 12));

            for (int neglect = 1; neglect <= 20; neglect++) {
                assertThat(configured.daysWithoutBenefit(neglect))
                        .as("%s cap %d", steps, cap)
                        .isBetween(0, cap);
            }
        }
    }

    @Test
    void refusesALadderWithAStepLongerThanTheLawAllows() {
        assertThatThrownBy(() -> new NeglectPolicy(List.of(7, 14, 60), 45, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("45");
    }

    @Test
    void refusesALadderThatIsEmptyStepsDownOrSuspendsForNoDays() {
        assertThatThrownBy(() -> new NeglectPolicy(List.of(), 45, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeglectPolicy(List.of(14, 7), 45, 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeglectPolicy(List.of(0, 7), 45, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeglectPolicy(List.of(7), 45, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NeglectPolicy(List.of(7), 0, 12)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsSameDayNeglectsSeparately() {
        LocalDate day = LocalDate.of(2022, 9, 30);

        assertThat(ladder.consequencesOf(List.of(day, day)))
                .extracting(NeglectConsequence::daysWithoutBenefit)
                .containsExactly(0, 7);
    }
}
