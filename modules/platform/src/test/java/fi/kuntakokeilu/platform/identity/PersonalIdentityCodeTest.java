package fi.kuntakokeilu.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.platform.identity.PersonalIdentityCode.Defect;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The personal identity code as the Population Information Act § 11 and the 2023 reform define it. */
class PersonalIdentityCodeTest {

    @ParameterizedTest(name = "{0} is valid")
    @ValueSource(strings = {"131052-308T", "010594Y9032", "020504B904H"})
    void acceptsThePublishedExamples(String code) {
        assertThat(PersonalIdentityCode.isValid(code)).isTrue();
        assertThat(PersonalIdentityCode.parse(code).value()).isEqualTo(code);
    }

    @Test
    void derivesBirthDateAndSexFromTheCode() {
        PersonalIdentityCode code = PersonalIdentityCode.parse("131052-308T");

        assertThat(code.birthDate()).isEqualTo(LocalDate.of(1952, 10, 13));
        assertThat(code.sex()).isEqualTo(Sex.FEMALE);
        assertThat(code.isTemporary()).isFalse();
    }

    @Test
    void anOddIndividualNumberIsAManAndAnEvenOneAWoman() {
        assertThat(PersonalIdentityCode.parse("010594Y9032").sex()).isEqualTo(Sex.MALE);
        assertThat(PersonalIdentityCode.of(LocalDate.of(1994, 5, 1), 'Y', 904).sex())
                .isEqualTo(Sex.FEMALE);
    }

    @ParameterizedTest(name = "century sign {0} means a birth year {1}")
    @CsvSource({
        "+,1852", "-,1952", "Y,1952", "X,1952", "W,1952", "V,1952", "U,1952", "A,2052", "B,2052", "C,2052", "D,2052",
        "E,2052", "F,2052"
    })
    void eachCenturySignGivesItsCentury(char sign, int year) {
        PersonalIdentityCode code = PersonalIdentityCode.of(LocalDate.of(year, 10, 13), sign, 308);

        assertThat(code.centurySign()).isEqualTo(sign);
        assertThat(code.birthDate().getYear()).isEqualTo(year);
        assertThat(PersonalIdentityCode.parse(code.value()).birthDate()).isEqualTo(LocalDate.of(year, 10, 13));
    }

    @Test
    void theCenturySignIsPartOfTheIdentitySince2023() {
        PersonalIdentityCode dash = PersonalIdentityCode.of(LocalDate.of(1990, 1, 1), '-', 999);
        PersonalIdentityCode y = PersonalIdentityCode.of(LocalDate.of(1990, 1, 1), 'Y', 999);

        assertThat(dash.value()).isEqualTo("010190-999W");
        assertThat(y.value()).isEqualTo("010190Y999W");
        assertThat(dash).isNotEqualTo(y);
        assertThat(dash.birthDate()).isEqualTo(y.birthDate());
    }

    @Test
    void individualNumbersFrom900AreTemporary() {
        assertThat(PersonalIdentityCode.parse("020504B904H").isTemporary()).isTrue();
        assertThat(PersonalIdentityCode.of(LocalDate.of(2004, 5, 2), 'A', 899).isTemporary())
                .isFalse();
    }

    @Test
    void rejectsAWrongCheckCharacter() {
        assertThat(PersonalIdentityCode.check("131052-308U")).contains(Defect.CHECK_CHARACTER);
        assertThatThrownBy(() -> PersonalIdentityCode.parse("131052-308U"))
                .isInstanceOf(InvalidPersonalIdentityCodeException.class)
                .extracting(e -> ((InvalidPersonalIdentityCodeException) e).defect())
                .isEqualTo(Defect.CHECK_CHARACTER);
    }

    @ParameterizedTest(name = "{0} is no real date")
    @ValueSource(strings = {"310252-308", "290201-308", "000190-308", "011390-308", "290200-308"})
    void rejectsImpossibleDates(String withoutCheck) {
        // 29.2.2001 is no leap day; 29.2.1900 was none either (1900 is not a leap year).
        String code = withoutCheck + "0";
        assertThat(PersonalIdentityCode.check(code)).contains(Defect.DATE);
    }

    @Test
    void acceptsTheLeapDayOf2000() {
        assertThat(PersonalIdentityCode.of(LocalDate.of(2000, 2, 29), 'A', 123).birthDate())
                .isEqualTo(LocalDate.of(2000, 2, 29));
    }

    @ParameterizedTest(name = "\"{0}\" is not of the form DDMMYYCNNNQ")
    @ValueSource(strings = {"", "131052308T", "131052-308TT", "13105-2308T", " 131052-308T", "131052-3O8T"})
    void rejectsMalformedText(String text) {
        assertThat(PersonalIdentityCode.check(text)).contains(Defect.FORMAT);
    }

    @Test
    void rejectsAnUnknownCenturySign() {
        assertThat(PersonalIdentityCode.check("131052G308T")).contains(Defect.CENTURY_SIGN);
    }

    @Test
    void rejectsIndividualNumbersNeverGiven() {
        assertThat(PersonalIdentityCode.check("131052-0010")).contains(Defect.INDIVIDUAL_NUMBER);
    }

    @Test
    void acceptsLowerCaseAndStoresUpperCase() {
        assertThat(PersonalIdentityCode.parse("020504b904h").value()).isEqualTo("020504B904H");
    }

    @Test
    void neverShowsTheWholeCodeInText() {
        assertThat(PersonalIdentityCode.parse("131052-308T").toString()).isEqualTo("131052-****");
    }

    @Test
    void countsAgeInWholeYears() {
        PersonalIdentityCode code = PersonalIdentityCode.of(LocalDate.of(1991, 3, 2), '-', 902);

        assertThat(code.ageOn(LocalDate.of(2021, 3, 1))).isEqualTo(29);
        assertThat(code.ageOn(LocalDate.of(2021, 3, 2))).isEqualTo(30);
    }
}
