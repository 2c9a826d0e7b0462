package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.Caseloads;
import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.control.JpaJobSeekerStore;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Caseloads} over the store's scoped queries; joins the caller's transaction. */
@ApplicationScoped
@Transactional
public class CaseloadsFacade implements Caseloads {

    @Inject
    JpaJobSeekerStore store;

    @Override
    public Optional<CustomerInCare> customer(Caller caller, long jobSeekerId) {
        Objects.requireNonNull(caller, "caller");
        return store.customersInCare(caller, null, jobSeekerId).stream().findFirst();
    }

    @Override
    public List<CustomerInCare> customersOf(Caller caller, ResponsibleBody body) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(body, "body");
        boolean serves = body.isArea() ? caller.servesArea(body.key()) : caller.servesOffice(body.key());
        return serves ? store.customersInCare(caller, body, null) : List.of();
    }
}
