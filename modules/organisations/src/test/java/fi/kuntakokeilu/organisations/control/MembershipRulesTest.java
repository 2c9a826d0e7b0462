package fi.kuntakokeilu.organisations.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.organisations.MembershipView;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Act 1269/2020 § 2–3: a municipality takes part in at most one trial area at a time. */
class MembershipRulesTest {

    private static final MembershipView HELSINKI =
            membership(1, "helsinki", LocalDate.of(2021, 3, 1), LocalDate.of(2024, 12, 31));

    @Test
    void refusesASecondAreaDuringTheFirstOnesPeriod() {
        assertThat(MembershipRules.clash(List.of(HELSINKI), LocalDate.of(2022, 1, 1), null, null))
                .contains(HELSINKI);
    }

    @Test
    void allowsASecondAreaFromTheDayAfterTheFirstEnds() {
        assertThat(MembershipRules.clash(List.of(HELSINKI), LocalDate.of(2025, 1, 1), null, null))
                .isEmpty();
    }

    @Test
    void treatsTheLastDayAsPartOfTheMembership() {
        assertThat(MembershipRules.clash(List.of(HELSINKI), LocalDate.of(2024, 12, 31), null, null))
                .isPresent();
    }

    @Test
    void refusesAnOpenEndedMembershipThatStartedBefore() {
        MembershipView openEnded = membership(2, "espoo", LocalDate.of(2021, 3, 1), null);

        assertThat(MembershipRules.clash(List.of(openEnded), LocalDate.of(2019, 1, 1), LocalDate.of(2021, 3, 1), null))
                .contains(openEnded);
        assertThat(MembershipRules.clash(List.of(openEnded), LocalDate.of(2019, 1, 1), LocalDate.of(2021, 2, 28), null))
                .isEmpty();
    }

    @Test
    void ignoresTheMembershipBeingChanged() {
        assertThat(MembershipRules.clash(List.of(HELSINKI), LocalDate.of(2021, 3, 1), LocalDate.of(2023, 6, 30), 1L))
                .isEmpty();
    }

    private static MembershipView membership(long id, String area, LocalDate from, LocalDate to) {
        return new MembershipView(id, area, "091", "Helsinki", "Helsingfors", from, to, 0);
    }
}
