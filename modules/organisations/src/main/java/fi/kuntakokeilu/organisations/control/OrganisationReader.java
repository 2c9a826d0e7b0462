package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.AreaMap;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.organisations.OrganisationReads;
import fi.kuntakokeilu.organisations.TrialAreaView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reads bulk work takes from this module, with no interceptor (see {@link OrganisationReads});
 * the facade answers the same questions through here.
 */
@ApplicationScoped
public class OrganisationReader implements OrganisationReads {

    @Inject
    OrganisationStore store;

    protected OrganisationReader() {}

    /** For use outside the container, over a store the caller made. */
    public OrganisationReader(OrganisationStore store) {
        this.store = store;
    }

    @Override
    public List<TrialAreaView> trialAreas() {
        return store.areaViews();
    }

    @Override
    public AreaMap areaMap() {
        Map<String, String> offices = store.municipalityViews().stream()
                .filter(m -> m.employmentOffice() != null)
                .collect(Collectors.toMap(MunicipalityView::code, MunicipalityView::employmentOffice));
        return new AreaMap(store.memberships(), offices);
    }
}
