package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.organisations.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Takes a fresh {@link TransferContext} from the organisations API, the stored rule versions and configuration. */
@ApplicationScoped
public class TransferContexts {

    @Inject
    Organisations organisations;

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
