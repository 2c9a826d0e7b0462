package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.platform.problem.InvalidInputException;
import java.util.Locale;

/**
 * What a new password must be (NCSC-FI and NIST SP 800-63B: length over complexity rules): 12 to
 * 128 characters, not containing the user name, and not the same as the old one.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {}

    /** Adds the reasons a new password is refused to the collector, under the given field. */
    public static void check(String username, String password, String field, InvalidInputException.Collector errors) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            errors.add(field, "organisations.password.tooShort", MIN_LENGTH);
        } else if (password.length() > MAX_LENGTH) {
            errors.add(field, "organisations.password.tooLong", MAX_LENGTH);
        } else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(field, "organisations.password.containsUsername");
        }
    }
}
