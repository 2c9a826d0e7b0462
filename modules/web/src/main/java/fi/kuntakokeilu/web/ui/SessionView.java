package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The signed-in user as the page header shows them, their role, and signing out. */
@Named
@RequestScoped
public class SessionView {

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    public boolean isSignedIn() {
        return currentUser.get().isPresent();
    }

    public String getUsername() {
        return currentUser.get().map(Caller::username).orElse("");
    }

    public String getRole() {
        return currentUser.get().map(caller -> caller.role().name()).orElse("");
    }

    public boolean isAdmin() {
        return currentUser.get().map(caller -> caller.role() == Role.ADMIN).orElse(false);
    }

    public boolean isEvaluator() {
        return is(Role.EVALUATOR);
    }

    /** Staff who work with named customers: everyone but evaluators. */
    public boolean isServesCustomers() {
        return currentUser.get().isPresent() && !isEvaluator();
    }

    /** Who registers job seekers: the employment office's staff and administrators. */
    public boolean isRegisters() {
        return is(Role.ADMIN) || is(Role.OFFICE_STAFF);
    }

    /** Who runs bulk transfers: administrators, and area managers for their own areas. */
    public boolean isRunsTransfers() {
        return is(Role.ADMIN) || is(Role.AREA_MANAGER);
    }

    /** Who answers consent requests from other areas. */
    /** Evaluators, area managers and administrators read the monthly status reports. */
    public boolean isReadsReports() {
        return is(Role.ADMIN) || is(Role.AREA_MANAGER) || is(Role.EVALUATOR);
    }

    /** Evaluators and administrators read the evaluation's designs, estimates and exports. */
    public boolean isEvaluates() {
        return is(Role.ADMIN) || is(Role.EVALUATOR);
    }

    public boolean isConsents() {
        return is(Role.ADMIN) || is(Role.AREA_MANAGER);
    }

    private boolean is(Role role) {
        return currentUser.get().map(caller -> caller.role() == role).orElse(false);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = faces.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
