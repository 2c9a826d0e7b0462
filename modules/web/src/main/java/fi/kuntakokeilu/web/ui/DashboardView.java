package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The landing page after login: for staff, the transfers waiting for them and where to go next.
 * Evaluators see no person anywhere, so they land on the trial areas instead.
 */
@Named
@RequestScoped
public class DashboardView {

    @Inject
    Clients clients;

    @Inject
    CurrentUser currentUser;

    @Inject
    FacesContext faces;

    @Inject
    Clock clock;

    private List<TransferOrderView> pending;

    /** The page's view action: evaluators go to a page without persons. */
    public void open() throws IOException {
        if (currentUser.get().map(caller -> caller.role() == Role.EVALUATOR).orElse(false)) {
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/trial-areas.xhtml");
            faces.responseComplete();
        }
    }

    public long getEntryOrders() {
        return pending().stream()
                .filter(o -> o.kind() == TransferOrderKind.ENTRY)
                .count();
    }

    public long getConsentRequests() {
        return pending().stream()
                .filter(o -> o.kind() == TransferOrderKind.CONSENT)
                .count();
    }

    /** Entry orders whose 7-day deadline (Act 1269/2020 § 5) is today or already past. */
    public long getDueOrders() {
        LocalDate today = LocalDate.now(clock);
        return pending().stream()
                .filter(o -> o.deadline() != null && !o.deadline().isAfter(today))
                .count();
    }

    private List<TransferOrderView> pending() {
        if (pending == null) {
            pending = clients.pendingTransfers();
        }
        return pending;
    }
}
