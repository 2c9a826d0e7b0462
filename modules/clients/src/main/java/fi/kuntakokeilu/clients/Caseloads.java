package fi.kuntakokeilu.clients;

import fi.kuntakokeilu.platform.security.Caller;
import java.util.List;
import java.util.Optional;

/**
 * Whom a body serves now, for the modules that work with customers (services' plans, appointments
 * and worklists). The caller is passed in by the calling module's boundary, which has checked it
 * (its own {@code CurrentUser}, or {@link Caller#SYSTEM} for start-up and scheduled work), so the
 * scope rules of {@link Clients} apply unchanged: trial-area staff reach the customers their areas
 * are responsible for now, office staff their office's, administrators all, evaluators nobody.
 *
 * <p>Not audited here: the calling module audits what it reads and shows, in its own transaction.
 * Not a REST resource.
 */
public interface Caseloads {

    /** The customer, if the caller may serve them now; empty when missing or out of scope. */
    Optional<CustomerInCare> customer(Caller caller, long jobSeekerId);

    /**
     * Every customer the body is responsible for now, by id; empty when the caller does not serve the
     * body.
     */
    List<CustomerInCare> customersOf(Caller caller, ResponsibleBody body);
}
