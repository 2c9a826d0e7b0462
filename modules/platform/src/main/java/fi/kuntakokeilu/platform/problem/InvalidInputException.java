package fi.kuntakokeilu.platform.problem;

import java.util.ArrayList;
import java.util.List;

/** 400: input that breaks a rule Bean Validation cannot express, with every field at fault. */
public class InvalidInputException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public InvalidInputException(List<FieldError> errors) {
        super(400, "validation-failed", errors, "platform.problem.validation-failed.detail");
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("invalid input needs at least one field error");
        }
    }

    public static InvalidInputException of(String field, String key, Object... args) {
        return new InvalidInputException(List.of(new FieldError(field, key, args)));
    }

    /** Collects field errors and throws once at the end, so the caller learns every fault at once. */
    public static final class Collector {
        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, String key, Object... args) {
            errors.add(new FieldError(field, key, args));
            return this;
        }

        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
