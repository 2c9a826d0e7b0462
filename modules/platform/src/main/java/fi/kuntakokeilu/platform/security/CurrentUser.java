package fi.kuntakokeilu.platform.security;

import fi.kuntakokeilu.platform.problem.NotAuthenticatedException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Optional;

/**
 * The caller of the current request, resolved once per request from the container's principal and
 * the staff directory. Boundaries hand {@link #require()} to the rules and stores that scope their
 * queries; work outside a request (start-up, scheduled jobs) runs as {@link Caller#SYSTEM}.
 */
@RequestScoped
public class CurrentUser {

    private SecurityContext securityContext;
    private StaffDirectory directory;
    private Optional<Caller> caller;

    protected CurrentUser() {
        // for the CDI proxy
    }

    @Inject
    public CurrentUser(SecurityContext securityContext, StaffDirectory directory) {
        this.securityContext = securityContext;
        this.directory = directory;
    }

    /** The signed-in caller, if any. */
    public Optional<Caller> get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            caller = principal == null ? Optional.empty() : directory.find(principal.getName());
        }
        return caller;
    }

    /** The signed-in caller; 401 when nobody is. */
    public Caller require() {
        return get().orElseThrow(NotAuthenticatedException::new);
    }
}
