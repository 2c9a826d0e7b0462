package fi.kuntakokeilu.platform.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A Finnish personal identity code (henkilötunnus), {@code DDMMYYCNNNQ}.
 *
 * <ul>
 *   <li>{@code DDMMYY} is the birth date; the century sign {@code C} gives the century: {@code +}
 *       1800s; {@code -}, {@code Y}, {@code X}, {@code W}, {@code V}, {@code U} 1900s; {@code A} to
 *       {@code F} 2000s. The letters other than {@code -} and {@code A} exist since 1 January 2023,
 *       when the supply of codes for some dates ran out. The sign is part of the identity: {@code
 *       010190-999K} and {@code 010190Y999K} may belong to two people, so two codes are equal only
 *       when every character is.
 *   <li>{@code NNN} is the individual number: 002–899 are ordinary, 900–999 are temporary codes
 *       (and the range test data must use); odd numbers are given to men, even to women.
 *   <li>{@code Q} is the check character: the nine digits {@code DDMMYYNNN} as one number modulo
 *       31, indexed into {@value #CHECK_CHARACTERS}.
 * </ul>
 *
 * <p>Instances are only made from codes that pass every check, so a {@code PersonalIdentityCode}
 * in hand is always well formed and names a real calendar date. Whether a person with the code
 * exists is not this type's business.
 */
public final class PersonalIdentityCode {

    static final String CHECK_CHARACTERS = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /** Why a text is not a valid code; each has a message key {@code platform.personalIdentityCode.<name>}. */
    public enum Defect {
        /** Not eleven characters of the form DDMMYYCNNNQ. */
        FORMAT("format"),
        /** The seventh character is not a known century sign. */
        CENTURY_SIGN("centurySign"),
        /** DDMMYY with the century is not a real date. */
        DATE("date"),
        /** NNN is 000 or 001, which are never given. */
        INDIVIDUAL_NUMBER("individualNumber"),
        /** The check character does not match. */
        CHECK_CHARACTER("checkCharacter");

        private final String messageKey;

        Defect(String name) {
            this.messageKey = "platform.personalIdentityCode." + name;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final String value;
    private final LocalDate birthDate;
    private final int individualNumber;

    private PersonalIdentityCode(String value, LocalDate birthDate, int individualNumber) {
        this.value = value;
        this.birthDate = birthDate;
        this.individualNumber = individualNumber;
    }

    /**
     * Parses a code. Lower-case letters are accepted and stored in upper case; surrounding white
     * space is not accepted, because a code copied with spaces is a sign of a wrong field.
     *
     * @throws InvalidPersonalIdentityCodeException naming the first defect found
     */
    public static PersonalIdentityCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String code = text.toUpperCase(Locale.ROOT);
        Optional<Defect> defect = defectOf(code);
        if (defect.isPresent()) {
            throw new InvalidPersonalIdentityCodeException(defect.get());
        }
        return new PersonalIdentityCode(code, birthDateOf(code), Integer.parseInt(code.substring(7, 10)));
    }

    /** The first defect of a text as a code, or empty when it is a valid code. */
    public static Optional<Defect> check(String text) {
        if (text == null) {
            return Optional.of(Defect.FORMAT);
        }
        return defectOf(text.toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return check(text).isEmpty();
    }

    private static Optional<Defect> defectOf(String code) {
        if (!code.matches("\\d{6}.\\d{3}[0-9A-Z]")) {
            return Optional.of(Defect.FORMAT);
        }
        if (centuryOf(code.charAt(6)) < 0) {
            return Optional.of(Defect.CENTURY_SIGN);
        }
        try {
            birthDateOf(code);
        } catch (DateTimeException e) {
            return Optional.of(Defect.DATE);
        }
        if (Integer.parseInt(code.substring(7, 10)) < 2) {
            return Optional.of(Defect.INDIVIDUAL_NUMBER);
        }
        if (code.charAt(10) != checkCharacterOf(code.substring(0, 6) + code.substring(7, 10))) {
            return Optional.of(Defect.CHECK_CHARACTER);
        }
        return Optional.empty();
    }

    /** The check character for the nine digits DDMMYYNNN. */
    static char checkCharacterOf(String nineDigits) {
        return CHECK_CHARACTERS.charAt((int) (Long.parseLong(nineDigits) % 31));
    }

    private static int centuryOf(char sign) {
        return switch (sign) {
            case '+' -> 1800;
            case '-', 'Y', 'X', 'W', 'V', 'U' -> 1900;
            case 'A', 'B', 'C', 'D', 'E', 'F' -> 2000;
            default -> -1;
        };
    }

    private static LocalDate birthDateOf(String code) {
        int day = Integer.parseInt(code.substring(0, 2));
        int month = Integer.parseInt(code.substring(2, 4));
        int year = centuryOf(code.charAt(6)) + Integer.parseInt(code.substring(4, 6));
        return LocalDate.of(year, month, day);
    }

    /** Makes a valid code for a birth date, century sign and individual number (for generators and tests). */
    public static PersonalIdentityCode of(LocalDate birthDate, char centurySign, int individualNumber) {
        if (individualNumber < 2 || individualNumber > 999) {
            throw new IllegalArgumentException("individual number must be 002–999: " + individualNumber);
        }
        String datePart = String.format(
                Locale.ROOT,
                "%02d%02d%02d",
                birthDate.getDayOfMonth(),
                birthDate.getMonthValue(),
                birthDate.getYear() % 100);
        String number = String.format(Locale.ROOT, "%03d", individualNumber);
        return parse(datePart + centurySign + number + checkCharacterOf(datePart + number));
    }

    /** The code as written, in upper case. */
    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return individualNumber % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** 900–999: a temporary code, given before a permanent one or used for testing. */
    public boolean isTemporary() {
        return individualNumber >= 900;
    }

    public char centurySign() {
        return value.charAt(6);
    }

    /** Age in whole years on a date. */
    public int ageOn(LocalDate date) {
        return java.time.Period.between(birthDate, date).getYears();
    }

    /** The code with the individual number and check character hidden, for places that must not show it whole. */
    public String masked() {
        return value.substring(0, 7) + "****";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalIdentityCode code && code.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form: a code never leaks whole through a log line or an exception message. */
    @Override
    public String toString() {
        return masked();
    }
}
