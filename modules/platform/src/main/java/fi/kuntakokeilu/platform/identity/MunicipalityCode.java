package fi.kuntakokeilu.platform.identity;

import java.util.Objects;

/**
 * A municipality code of Statistics Finland: three digits, such as {@code 091} Helsinki or {@code
 * 049} Espoo. Three codes are not municipalities: {@code 198} no home municipality in Finland,
 * {@code 199} unknown, {@code 200} abroad. Whether a code names a municipality that exists is for
 * the reference data to say, not this type.
 */
public record MunicipalityCode(String value) {

    public static final MunicipalityCode NO_HOME_MUNICIPALITY = new MunicipalityCode("198");
    public static final MunicipalityCode UNKNOWN = new MunicipalityCode("199");
    public static final MunicipalityCode ABROAD = new MunicipalityCode("200");

    public MunicipalityCode {
        Objects.requireNonNull(value, "value");
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("a municipality code is three digits: " + value);
        }
    }

    public static MunicipalityCode of(String value) {
        return new MunicipalityCode(value);
    }

    public static boolean isWellFormed(String text) {
        // Three ASCII digits, checked by hand: String.matches compiles its pattern on every call,
        // and every decision of a bulk transfer run checks a code.
        return text != null
                && text.length() == 3
                && isDigit(text.charAt(0))
                && isDigit(text.charAt(1))
                && isDigit(text.charAt(2));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 198, 199 or 200: a code that says where a person is not, rather than a municipality. */
    public boolean isSpecial() {
        return equals(NO_HOME_MUNICIPALITY) || equals(UNKNOWN) || equals(ABROAD);
    }

    @Override
    public String toString() {
        return value;
    }
}
