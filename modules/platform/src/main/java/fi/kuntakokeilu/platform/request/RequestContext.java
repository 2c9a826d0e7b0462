package fi.kuntakokeilu.platform.request;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;

/**
 * Facts of the current HTTP request that reach beyond the web layer: its id (taken from a sane
 * {@code X-Request-Id} header, or made here) for audit rows and problem details.
 */
@RequestScoped
public class RequestContext {

    public static final String HEADER = "X-Request-Id";

    private String requestId;

    public String requestId() {
        if (requestId == null) {
            requestId = UUID.randomUUID().toString();
        }
        return requestId;
    }

    /** Adopts the caller's id when it is short and plain; otherwise keeps a fresh one. */
    public void adopt(String candidate) {
        if (candidate != null && candidate.matches("[A-Za-z0-9._-]{8,64}")) {
            requestId = candidate;
        }
    }
}
