package fi.kuntakokeilu.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The constraints name the defect, so a caller learns what to fix. */
class ConstraintsTest {

    record Person(
            @ValidPersonalIdentityCode String code,
            @ValidMunicipalityCode String home) {}

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void reportsTheDefectOfAnIdentityCode() {
        Set<ConstraintViolation<Person>> violations = validator.validate(new Person("131052-308U", "091"));

        assertThat(violations)
                .singleElement()
                .extracting(ConstraintViolation::getMessageTemplate)
                .isEqualTo("{platform.personalIdentityCode.checkCharacter}");
    }

    @Test
    void reportsAMalformedMunicipalityCodeOnce() {
        Set<ConstraintViolation<Person>> violations = validator.validate(new Person("131052-308T", "91"));

        assertThat(violations)
                .singleElement()
                .extracting(ConstraintViolation::getMessageTemplate)
                .isEqualTo("{platform.municipalityCode.format}");
    }

    @Test
    void leavesMissingValuesToNotNull() {
        assertThat(validator.validate(new Person(null, null))).isEmpty();
    }
}
