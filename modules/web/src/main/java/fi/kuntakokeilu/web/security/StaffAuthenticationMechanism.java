package fi.kuntakokeilu.web.security;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.problem.DatabaseUnavailable;
import fi.kuntakokeilu.platform.problem.Problems;
import fi.kuntakokeilu.platform.request.RequestContext;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
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
 *
 * <p>When OpenID Connect is configured ({@link OpenIdSettings}), the UI's sign-in is the
 * organisation's provider instead of the form: a protected page without a session sends the
 * browser to the provider, and the provider's answer at {@value OpenIdSettings#CALLBACK_PATH} is
 * checked by Payara's OpenID Connect mechanism, to which this one hands exactly those two steps
 * with an {@link OpenIdSignIn} context that maps the proven identity to a staff account. Everything
 * else stays here: the API's HTTP Basic, the session's re-check of the account on every request,
 * the 503 while the accounts cannot be read.
 *
 * <p>Why one mechanism that delegates rather than two: Jakarta Security 3 uses exactly one {@code
 * HttpAuthenticationMechanism}, so the provider's mechanism alone would end HTTP Basic on the API
 * and let the provider's groups decide roles. This bean is therefore a prioritised alternative,
 * which the container chooses over the provider's mechanism bean, and it looks the latter up itself.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class StaffAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";

    private static final Logger LOG = Logger.getLogger(StaffAuthenticationMechanism.class.getName());

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    RequestContext requestContext;

    @Inject
    StaffDirectory staffDirectory;

    @Inject
    OpenIdSettings openId;

    @Inject
    BeanManager beans;

    /** Payara's OpenID Connect mechanism, when configured; looked up once. */
    private volatile HttpAuthenticationMechanism provider;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/api/")) {
                return api(request, response, context);
            }
            if (openId.enabled()) {
                return uiThroughProvider(request, response, context, path);
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

    /**
     * The UI when staff sign in through the organisation's OpenID Connect provider: the form is
     * gone (its page forwards to the provider), the provider's answer is checked by Payara's
     * mechanism, and a remembered session is re-checked against the account as with the form.
     */
    private AuthenticationStatus uiThroughProvider(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String path)
            throws AuthenticationException {
        if (path.equals(LOGIN_PAGE)) {
            // No password form: the login page (bookmarks, the old links) leads to the provider.
            return context.redirect(
                    request.getContextPath() + OpenIdCallbackServlet.safeNext(request.getParameter("next")));
        }
        if (context.getAuthParameters().getCredential() != null) {
            // A password through SecurityContext.authenticate: the UI takes none when a provider signs in.
            return AuthenticationStatus.SEND_FAILURE;
        }
        Principal remembered = request.getUserPrincipal();
        if (remembered != null) {
            var caller = staffDirectory.find(remembered.getName());
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        remembered, Set.of(caller.get().role().name()));
            }
            request.getSession().invalidate();
        }
        if (path.equals(OpenIdSettings.CALLBACK_PATH)) {
            // The provider's answer (a signed-in session that comes back here again is handled above).
            return signInThroughProvider(request, response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (!"GET".equals(request.getMethod())) {
            // A form posted after the session ended: come back by GET first, so that the way to the
            // provider is a plain navigation (the pages' CSP allows forms to post only here).
            String again = request.getContextPath() + original(request);
            return "partial/ajax".equals(request.getHeader("Faces-Request"))
                    ? partialRedirect(response, again)
                    : context.redirect(again);
        }
        request.getSession().setAttribute(OpenIdCallbackServlet.NEXT, original(request));
        return signInThroughProvider(request, response, context);
    }

    private AuthenticationStatus signInThroughProvider(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        OpenIdSignIn signIn = new OpenIdSignIn(context, staffDirectory, requestContext.requestId());
        try {
            return provider().validateRequest(request, response, signIn);
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // The provider's answer did not pass its checks (issuer, audience, signature, nonce,
            // expiry) or the provider could not be reached: no one is signed in.
            OpenIdSignIn.LOG.warning(
                    () -> "Sign-in through OpenID Connect failed (request " + requestContext.requestId() + "): " + e);
            return response.isCommitted() ? AuthenticationStatus.SEND_FAILURE : OpenIdSignIn.forbidden(response);
        }
    }

    private HttpAuthenticationMechanism provider() {
        HttpAuthenticationMechanism found = provider;
        if (found == null) {
            Bean<?> bean = beans.getBeans(HttpAuthenticationMechanism.class).stream()
                    .filter(b -> !b.getBeanClass().equals(StaffAuthenticationMechanism.class))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "web.oidc.provider-uri is set but no OpenID Connect mechanism was defined"));
            found = (HttpAuthenticationMechanism)
                    beans.getReference(bean, HttpAuthenticationMechanism.class, beans.createCreationalContext(bean));
            provider = found;
        }
        return found;
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
