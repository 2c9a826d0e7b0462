package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The staff accounts one request has already read, as callers: the identity store (or, for a
 * signed-in session, the authentication mechanism) and then {@code CurrentUser} each need the
 * caller's account, and reading it once per request rather than twice is what leaves an API call
 * otherwise served from memory with only that one read (one statement: the account with its
 * areas). Nothing outlives the request, so a disabled account or a changed role still counts from
 * the next request on.
 */
@RequestScoped
public class CallersOfRequest {

    private final Map<String, Optional<Caller>> callers = new ConcurrentHashMap<>();

    /** The caller of the account, read by {@code lookup} the first time the request asks. */
    public Optional<Caller> find(String username, Function<String, Optional<Caller>> lookup) {
        return callers.computeIfAbsent(username, lookup);
    }

    /** An account the request has just read and found enabled. */
    public void remember(Caller caller) {
        callers.put(caller.username(), Optional.of(caller));
    }
}
