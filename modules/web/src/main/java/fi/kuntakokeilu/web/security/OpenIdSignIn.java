package fi.kuntakokeilu.web.security;

import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContextWrapper;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * What the provider's answer may do: the provider proves who the person is, the staff accounts say
 * whether they may sign in and as what. The OpenID Connect mechanism is given this context instead
 * of the container's, so that its "log this caller in" becomes ours:
 *
 * <ul>
 *   <li>the configured claim (the caller name of the provider's result) must name an enabled staff
 *       account; the caller becomes that account, with the account's role (the provider's groups
 *       are ignored) and, through {@code CurrentUser}, its trial areas or office;
 *   <li>anyone else is refused with 403 and written to the security log like a failed sign-in: an
 *       account is never created from claims.
 * </ul>
 */
final class OpenIdSignIn extends HttpMessageContextWrapper {

    static final Logger LOG = Logger.getLogger(OpenIdSignIn.class.getName());

    private final StaffDirectory staff;
    private final String requestId;
    private Outcome outcome = Outcome.NONE;

    enum Outcome {
        /** The mechanism has not said who the caller is (e.g. it sent the browser to the provider). */
        NONE,
        SIGNED_IN,
        REFUSED
    }

    OpenIdSignIn(HttpMessageContext container, StaffDirectory staff, String requestId) {
        super(container);
        this.staff = staff;
        this.requestId = requestId;
    }

    /** The staff account a proven identity stands for: the only rule of the mapping. */
    static Optional<Caller> account(CredentialValidationResult proven, StaffDirectory staff) {
        if (proven.getStatus() != CredentialValidationResult.Status.VALID || proven.getCallerPrincipal() == null) {
            return Optional.empty();
        }
        String name = proven.getCallerPrincipal().getName();
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return staff.find(name);
    }

    Outcome outcome() {
        return outcome;
    }

    @Override
    public void setRegisterSession(String callerName, Set<String> groups) {
        // Registered below, for the staff account only.
    }

    @Override
    public AuthenticationStatus notifyContainerAboutLogin(CredentialValidationResult proven) {
        if (proven.getStatus() == CredentialValidationResult.Status.NOT_VALIDATED) {
            // Not a response of the provider for this session (no or unknown state): nothing happened.
            return getWrapped().doNothing();
        }
        Optional<Caller> caller = account(proven, staff);
        if (caller.isEmpty()) {
            return refuse(proven);
        }
        outcome = Outcome.SIGNED_IN;
        // A new session id for the signed-in session (the sign-in started in an anonymous one).
        if (getRequest().getSession(false) != null) {
            getRequest().changeSessionId();
        }
        Set<String> role = Set.of(caller.get().role().name());
        getWrapped().setRegisterSession(caller.get().username(), role);
        LOG.info(() -> "Signed in through OpenID Connect: " + caller.get().username() + " as "
                + caller.get().role() + " (request " + requestId + ")");
        return getWrapped().notifyContainerAboutLogin(caller.get().username(), role);
    }

    private AuthenticationStatus refuse(CredentialValidationResult proven) {
        outcome = Outcome.REFUSED;
        String who =
                proven.getStatus() == CredentialValidationResult.Status.VALID && proven.getCallerPrincipal() != null
                        ? "'" + proven.getCallerPrincipal().getName() + "' has no enabled staff account"
                        : "the provider's answer was not valid";
        LOG.warning(() -> "Refused sign-in through OpenID Connect: " + who + " (request " + requestId + ")");
        return forbidden(getResponse());
    }

    static AuthenticationStatus forbidden(HttpServletResponse response) {
        try {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
