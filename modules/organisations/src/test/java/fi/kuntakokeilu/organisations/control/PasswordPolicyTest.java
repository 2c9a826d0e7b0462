package fi.kuntakokeilu.organisations.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.platform.problem.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Length over complexity (NIST SP 800-63B § 5.1.1): at least 12 characters, no user name inside. */
class PasswordPolicyTest {

    @Test
    void acceptsALongPassphrase() {
        assertThat(refusal("caseworker.helsinki", "kolme karhua metsässä")).isNull();
    }

    @Test
    void refusesAShortPassword() {
        assertThat(refusal("anna", "Lyh1t!")).isEqualTo("organisations.password.tooShort");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThat(refusal("anna", "ääkkösiäää12")).isNull();
    }

    @Test
    void refusesAPasswordThatContainsTheUserName() {
        assertThat(refusal("caseworker.espoo", "my-CASEWORKER.ESPOO-2026"))
                .isEqualTo("organisations.password.containsUsername");
    }

    @Test
    void refusesAnEndlessPassword() {
        assertThat(refusal("anna", "x".repeat(129))).isEqualTo("organisations.password.tooLong");
    }

    private static String refusal(String username, String password) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PasswordPolicy.check(username, password, "password", errors);
        if (errors.isEmpty()) {
            return null;
        }
        try {
            errors.throwIfAny();
            return null;
        } catch (InvalidInputException e) {
            return e.fieldErrors().get(0).key();
        }
    }
}
