package fi.kuntakokeilu.platform.problem;

import java.util.List;

/**
 * A domain failure that the caller should see as a problem: which kind (a slug and an HTTP status),
 * a message key and arguments for the detail, and the fields at fault. The text is chosen in the
 * caller's language when the problem is written, not when it is thrown.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String slug;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final List<FieldError> fieldErrors;

    /** A field at fault: its name as the caller sent it, and the message key and arguments of the reason. */
    public record FieldError(String field, String key, List<Object> args) {
        public FieldError(String field, String key, Object... args) {
            this(field, key, List.of(args));
        }
    }

    public ProblemException(int status, String slug, String detailKey, Object... detailArgs) {
        this(status, slug, List.of(), detailKey, detailArgs);
    }

    public ProblemException(
            int status, String slug, List<FieldError> fieldErrors, String detailKey, Object... detailArgs) {
        super(slug + ": " + detailKey);
        this.status = status;
        this.slug = slug;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs.clone();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
