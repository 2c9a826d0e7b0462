package fi.kuntakokeilu.platform.identity;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A text of three digits, the form of a municipality code. Null is valid (use {@code @NotNull}). */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "\\d{3}")
@jakarta.validation.ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface ValidMunicipalityCode {
    String message() default "{platform.municipalityCode.format}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
