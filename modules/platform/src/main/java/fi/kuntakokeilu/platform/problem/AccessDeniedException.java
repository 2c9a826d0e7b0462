package fi.kuntakokeilu.platform.problem;

/** 403: the caller is known but their role may not do this at all. Out-of-scope subjects get 404 instead. */
public class AccessDeniedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super(403, "forbidden", "platform.problem.forbidden.detail");
    }
}
