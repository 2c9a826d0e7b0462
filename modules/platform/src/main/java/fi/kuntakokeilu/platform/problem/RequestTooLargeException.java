package fi.kuntakokeilu.platform.problem;

import java.io.IOException;

/**
 * A request body larger than the server accepts. Thrown while the body is read (an {@link
 * IOException}, so every reader passes it on), and answered with 413 wherever it surfaces.
 */
public class RequestTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    public RequestTooLargeException(long limit) {
        super("request body exceeds " + limit + " bytes");
    }
}
