package fi.kuntakokeilu.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Where the OpenID Connect provider sends the browser back ({@value OpenIdSettings#CALLBACK_PATH}).
 * The authentication mechanism has checked the answer before this runs; this only takes the signed-in
 * user on to the page they first asked for. Without a signed-in user (an answer that was not for
 * this session) it answers 403 rather than starting another round to the provider.
 */
@WebServlet(OpenIdSettings.CALLBACK_PATH)
public class OpenIdCallbackServlet extends HttpServlet {

    /** Session attribute: the page (path and query within the application) asked for before signing in. */
    static final String NEXT = OpenIdCallbackServlet.class.getName() + ".next";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        HttpSession session = request.getSession(false);
        Object next = session == null ? null : session.getAttribute(NEXT);
        if (session != null) {
            session.removeAttribute(NEXT);
        }
        response.sendRedirect(request.getContextPath() + safeNext(next == null ? null : next.toString()));
    }

    /** A path within this application, never another site ({@code //host}, {@code /\host}, a scheme). */
    static String safeNext(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith(StaffAuthenticationMechanism.LOGIN_PAGE)
                || next.startsWith(OpenIdSettings.CALLBACK_PATH)
                || next.contains("\\")
                || next.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        return next;
    }
}
