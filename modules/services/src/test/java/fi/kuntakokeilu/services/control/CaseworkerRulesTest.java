package fi.kuntakokeilu.services.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.platform.problem.AccessDeniedException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may make whom responsible for a customer of a trial area: a caseworker takes a customer of
 * their own area; an area manager assigns anyone of the area to a caseworker of the area.
 */
class CaseworkerRulesTest {

    private static Caller caller(String name, Role role, String... areas) {
        return new Caller(name, role, Set.of(areas), null, Locale.ROOT);
    }

    private static final Caller HELKA = caller("helka", Role.CASEWORKER, "helsinki");
    private static final Caller HEIKKI = caller("heikki", Role.CASEWORKER, "helsinki");
    private static final Caller ESKO = caller("esko", Role.CASEWORKER, "espoo");
    private static final Caller MANAGER = caller("hanna", Role.AREA_MANAGER, "helsinki");

    @Test
    void meAndNothingStandForTheCaller() {
        assertThat(CaseworkerRules.accountOf(HELKA, "me")).isEqualTo("helka");
        assertThat(CaseworkerRules.accountOf(HELKA, null)).isEqualTo("helka");
        assertThat(CaseworkerRules.accountOf(MANAGER, "heikki")).isEqualTo("heikki");
    }

    @Test
    void aCaseworkerTakesACustomerOfTheirOwnAreaButAssignsNobodyElse() {
        assertThatCode(() -> CaseworkerRules.checkAssignment(HELKA, "helsinki", "helka", Optional.of(HELKA)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseworkerRules.checkAssignment(HELKA, "helsinki", "heikki", Optional.of(HEIKKI)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> CaseworkerRules.checkAssignment(ESKO, "helsinki", "esko", Optional.of(ESKO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAreaManagerAssignsOnlyToAnEnabledCaseworkerOfTheArea() {
        assertThatCode(() -> CaseworkerRules.checkAssignment(MANAGER, "helsinki", "heikki", Optional.of(HEIKKI)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseworkerRules.checkAssignment(MANAGER, "helsinki", "esko", Optional.of(ESKO)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CaseworkerRules.checkAssignment(MANAGER, "helsinki", "ghost", Optional.empty()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CaseworkerRules.checkAssignment(MANAGER, "helsinki", "hanna", Optional.of(MANAGER)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CaseworkerRules.checkAssignment(MANAGER, "espoo", "esko", Optional.of(ESKO)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCaseworkerSeesTheirOwnWorklistAndAManagerAnyCaseworkersOfTheArea() {
        assertThatCode(() -> CaseworkerRules.checkWorklist(HELKA, "helsinki", "helka", Optional.of(HELKA)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseworkerRules.checkWorklist(HELKA, "helsinki", "heikki", Optional.of(HEIKKI)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatCode(() -> CaseworkerRules.checkWorklist(MANAGER, "helsinki", "heikki", Optional.of(HEIKKI)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CaseworkerRules.checkWorklist(MANAGER, "helsinki", "esko", Optional.of(ESKO)))
                .isInstanceOf(InvalidInputException.class);
    }
}
