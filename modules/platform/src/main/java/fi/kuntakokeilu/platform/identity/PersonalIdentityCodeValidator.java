package fi.kuntakokeilu.platform.identity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link ValidPersonalIdentityCode} and reports the defect as its own message. */
public class PersonalIdentityCodeValidator implements ConstraintValidator<ValidPersonalIdentityCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return PersonalIdentityCode.check(value)
                .map(defect -> {
                    context.disableDefaultConstraintViolation();
                    context.buildConstraintViolationWithTemplate("{" + defect.messageKey() + "}")
                            .addConstraintViolation();
                    return false;
                })
                .orElse(true);
    }
}
