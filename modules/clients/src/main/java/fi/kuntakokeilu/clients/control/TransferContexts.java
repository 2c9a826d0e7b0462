package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.organisations.OrganisationReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Takes a fresh {@link TransferContext} from the organisations API, the stored rule versions and
 * configuration. Nothing on this path has a transactional interceptor (organisations through {@link
 * OrganisationReads}, not the facade): the bulk run's chunks take their context here, and a chunk
 * must not call a shared {@code @Transactional} bean (see TransferRunWriter).
 */
@ApplicationScoped
public class TransferContexts {

    @Inject
    OrganisationReads organisations;

    @Inject
    JpaJobSeekerStore store;

    @Inject
    ClientsConfiguration configuration;

    public TransferContext current() {
        return TransferContext.of(
                store.ruleVersions(),
                configuration.ruleSettings(),
                organisations.areaMap(),
                TrialCalendar.of(organisations.trialAreas()));
    }
}
