package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.clients.Clients;
import fi.kuntakokeilu.clients.ConsentRejection;
import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.KeepRequest;
import fi.kuntakokeilu.clients.TransferOrderView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Transfers waiting for the user: entry orders of the office's customers who entered the target
 * group (carry out now, or keep on discretionary grounds with a reason), and consent requests to the
 * user's areas (accept, or refuse saying why). The clients API decides who may do which.
 */
@Named
@ViewScoped
public class PendingTransfersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clients clients;

    @Inject
    FacesProblems problems;

    private List<TransferOrderView> orders;
    private TransferOrderView selected;
    private DiscretionaryReason keepReason;
    private String explanation;

    public List<TransferOrderView> getOrders() {
        if (orders == null) {
            orders = clients.pendingTransfers();
        }
        return orders;
    }

    public void select(TransferOrderView order) {
        selected = order;
        keepReason = null;
        explanation = null;
    }

    public void carryOut() {
        decide(() -> clients.carryOut(selected.id()), Map.of(), "transfers.carriedOut");
    }

    public void keep() {
        decide(
                () -> clients.keep(selected.id(), new KeepRequest(keepReason, blankToNull(explanation))),
                Map.of("reason", "decision:reason", "explanation", "decision:explanation"),
                "transfers.kept");
    }

    public void accept() {
        decide(() -> clients.acceptConsent(selected.id()), Map.of(), "transfers.accepted");
    }

    public void reject() {
        decide(
                () -> clients.rejectConsent(selected.id(), new ConsentRejection(blankToNull(explanation))),
                Map.of("explanation", "decision:rejection"),
                "transfers.rejected");
    }

    private void decide(Supplier<?> decision, Map<String, String> fields, String confirmation) {
        if (selected == null) {
            return;
        }
        String name = selected.jobSeekerName();
        Object done = problems.attempt(decision, fields);
        if (done != null) {
            selected = null;
            orders = null;
            problems.confirm(confirmation, name);
        }
    }

    public List<DiscretionaryReason> getReasons() {
        return List.of(DiscretionaryReason.values());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public TransferOrderView getSelected() {
        return selected;
    }

    public DiscretionaryReason getKeepReason() {
        return keepReason;
    }

    public void setKeepReason(DiscretionaryReason keepReason) {
        this.keepReason = keepReason;
    }

    public String getExplanation() {
        return explanation;
    }

    public void setExplanation(String explanation) {
        this.explanation = explanation;
    }
}
