package fi.kuntakokeilu.platform.problem;

/** 409: the request is well formed but clashes with the current state (a duplicate, a stale version). */
public class ConflictException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String slug, String detailKey, Object... args) {
        super(409, slug, detailKey, args);
    }

    /** Someone else changed the record since the caller read it: reload and try again. */
    public static ConflictException staleVersion(String what) {
        return new ConflictException("stale-version", "platform.problem.stale-version.detail", what);
    }
}
