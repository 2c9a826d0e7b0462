package fi.kuntakokeilu.platform.problem;

/** 401: no caller is signed in. */
public class NotAuthenticatedException extends ProblemException {

    private static final long serialVersionUID = 1L;

    public NotAuthenticatedException() {
        super(401, "unauthorized", "platform.problem.unauthorized.detail");
    }
}
