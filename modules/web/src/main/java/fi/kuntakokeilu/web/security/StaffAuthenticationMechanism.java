package fi.kuntakokeilu.web.security;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.problem.DatabaseUnavailable;
import fi.kuntakokeilu.platform.problem.Problems;
import fi.kuntakokeilu.platform.request.RequestContext;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * How staff prove who they are. Two doors to one identity store:
 *
 * <ul>
 *   <li>{@code /api/**}: HTTP Basic on every request, no session (so a browser's session cookie
 *       never authorises an API call made on its behalf by another site). A missing or wrong
 *       password answers 401 as problem details with {@code WWW-Authenticate}.
 *   <li>everything else (the Faces UI): a login form that calls {@code
 *       SecurityContext.authenticate}; the session remembers the caller afterwards. A protected
 *       page asked for without a session redirects to the login page, and an AJAX request answers
 *       with a partial-response redirect so that an expired session does not leave a dead page.
 * </ul>
 *
 * Which paths are protected is declared in {@code web.xml}.
 */
@ApplicationScoped
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    private static final Logger LOG = Logger.getLogger(StaffAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    RequestContext requestContext;

    @Inject
    StaffDirectory staffDirectory;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/api/")) {
                return api(request, response, context);
            }
            return ui(request, response, context);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The accounts cannot be read just now (the database restarts or fails over): 503, to
            // be retried, rather than the container's 500.
            LOG.warning(() -> "Cannot authenticate " + path + ": database unavailable: " + e);
            return unavailable(request, response, path.startsWith("/api/"));
        }
    }

    private AuthenticationStatus unavailable(HttpServletRequest request, HttpServletResponse response, boolean api) {
        try {
            response.setHeader("Retry-After", "5");
            if (api) {
                Problems.write(
                        response,
                        Problems.ofStatus(
                                Languages.fromAcceptLanguage(request.getHeader("Accept-Language")),
                                503,
                                request.getRequestURI(),
                                requestContext.requestId()));
            } else {
                response.sendError(503);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus api(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential =
                    basicCredential(authorization.substring(6).trim());
            if (credential != null) {
                CredentialValidationResult result = identityStore.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(request, response, context, "invalid-credentials");
        }
        if (context.isProtected()) {
            return unauthorized(request, response, context, "unauthorized");
        }
        return context.doNothing();
    }

    private AuthenticationStatus ui(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            CredentialValidationResult result = identityStore.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                // The login page itself says so, in the user's language.
                return AuthenticationStatus.SEND_FAILURE;
            }
            context.setRegisterSession(result.getCallerPrincipal().getName(), result.getCallerGroups());
            return context.notifyContainerAboutLogin(result);
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            // The session remembers who signed in; the account decides, on every request, whether
            // they still may and in which role: a disabled account is signed out at once.
            var caller = staffDirectory.find(remembered.getName());
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        remembered, Set.of(caller.get().role().name()));
            }
            request.getSession().invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        String login = request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(original(request), StandardCharsets.UTF_8);
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            return partialRedirect(response, login);
        }
        return context.redirect(login);
    }

    private static String original(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && request.getQueryString() != null
                ? path + "?" + request.getQueryString()
                : path;
    }

    private static UsernamePasswordCredential basicCredential(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String slug) {
        var language = Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
        try {
            response.setHeader("WWW-Authenticate", "Basic realm=\"kuntakokeilu\", charset=\"UTF-8\"");
            Problems.write(
                    response,
                    Problems.of(
                            language,
                            401,
                            slug,
                            Messages.get(language, "platform.problem." + slug + ".detail"),
                            request.getRequestURI(),
                            requestContext.requestId(),
                            List.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The problem is written and flushed: the container cannot replace it with an error page.
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus partialRedirect(HttpServletResponse response, String url) {
        try {
            response.setContentType("text/xml");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            response.getWriter().flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
