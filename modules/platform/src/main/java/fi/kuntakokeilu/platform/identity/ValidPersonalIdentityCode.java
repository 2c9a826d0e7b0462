package fi.kuntakokeilu.platform.identity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A text that is a valid personal identity code; the message names the defect. Null is valid (use {@code @NotNull}). */
@Documented
@Constraint(validatedBy = PersonalIdentityCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidPersonalIdentityCode {
    String message() default "{platform.personalIdentityCode.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
