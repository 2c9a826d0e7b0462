package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.AreaMap;
import fi.kuntakokeilu.organisations.EmploymentOfficeView;
import fi.kuntakokeilu.organisations.MembershipRequest;
import fi.kuntakokeilu.organisations.MunicipalityRequest;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaRequest;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.organisations.control.MembershipRules;
import fi.kuntakokeilu.organisations.control.OrganisationReader;
import fi.kuntakokeilu.organisations.control.OrganisationStore;
import fi.kuntakokeilu.organisations.entity.AreaMembership;
import fi.kuntakokeilu.organisations.entity.Municipality;
import fi.kuntakokeilu.organisations.entity.TrialArea;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The organisations API: reads for everyone signed in, changes for administrators. Arguments are
 * validated by the constraints on {@link Organisations} ({@code @ValidateOnExecution} makes the
 * container look for them, since this class declares none itself).
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class OrganisationsFacade implements Organisations {

    private static final String TRIAL_AREA = "organisations.trialArea";
    private static final String MUNICIPALITY = "organisations.municipality";

    @Inject
    OrganisationStore store;

    @Inject
    OrganisationReader reads;

    @Override
    public List<TrialAreaView> trialAreas() {
        return reads.trialAreas();
    }

    @Override
    public TrialAreaView trialArea(String key) {
        return store.areaView(key).orElseThrow(() -> new ResourceNotFoundException(TRIAL_AREA, key));
    }

    @Override
    public List<MunicipalityView> municipalities() {
        return store.municipalityViews();
    }

    @Override
    public List<EmploymentOfficeView> employmentOffices() {
        return store.officeViews();
    }

    @Override
    public AreaMap areaMap() {
        return reads.areaMap();
    }

    @Override
    @Allow(Role.ADMIN)
    public TrialAreaView createTrialArea(TrialAreaRequest request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.key() == null) {
            errors.add("key", "jakarta.validation.constraints.NotNull.message");
        }
        checkArea(request, errors);
        errors.throwIfAny();
        if (store.area(request.key()).isPresent()) {
            throw new ConflictException("duplicate", "organisations.trialArea.exists", request.key());
        }
        TrialArea area = new TrialArea(
                request.key(),
                request.nameFi(),
                request.nameSv(),
                request.startsOn(),
                request.endsOn(),
                request.status());
        describe(area, request);
        store.add(area);
        store.flush();
        return trialArea(request.key());
    }

    @Override
    @Allow(Role.ADMIN)
    public TrialAreaView updateTrialArea(String key, TrialAreaRequest request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.key() != null && !request.key().equals(key)) {
            errors.add("key", "organisations.trialArea.key.immutable");
        }
        if (request.version() == null) {
            errors.add("version", "jakarta.validation.constraints.NotNull.message");
        }
        checkArea(request, errors);
        errors.throwIfAny();
        TrialArea area = store.area(key).orElseThrow(() -> new ResourceNotFoundException(TRIAL_AREA, key));
        if (area.version() != request.version()) {
            throw ConflictException.staleVersion(key);
        }
        describe(area, request);
        store.flush();
        return trialArea(key);
    }

    @Override
    @Allow(Role.ADMIN)
    public TrialAreaView addMembership(String key, MembershipRequest request) {
        store.area(key).orElseThrow(() -> new ResourceNotFoundException(TRIAL_AREA, key));
        if (store.municipality(request.municipalityCode()).isEmpty()) {
            throw InvalidInputException.of(
                    "municipalityCode", "organisations.municipality.unknown", request.municipalityCode());
        }
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw InvalidInputException.of("validTo", "organisations.period.endsBeforeStart");
        }
        refuseClash(request.municipalityCode(), request.validFrom(), request.validTo(), null);
        store.add(new AreaMembership(key, request.municipalityCode(), request.validFrom(), request.validTo()));
        store.flush();
        return trialArea(key);
    }

    @Override
    @Allow(Role.ADMIN)
    public TrialAreaView endMembership(String key, long membershipId, LocalDate lastDay, long version) {
        AreaMembership membership = store.membership(membershipId)
                .filter(m -> m.areaKey().equals(key))
                .orElseThrow(() -> new ResourceNotFoundException("organisations.membership", membershipId));
        if (membership.version() != version) {
            throw ConflictException.staleVersion(key + "/" + membershipId);
        }
        if (lastDay == null) {
            throw InvalidInputException.of("validTo", "jakarta.validation.constraints.NotNull.message");
        }
        if (lastDay.isBefore(membership.validFrom())) {
            throw InvalidInputException.of("validTo", "organisations.period.endsBeforeStart");
        }
        refuseClash(membership.municipalityCode(), membership.validFrom(), lastDay, membership.id());
        membership.endOn(lastDay);
        store.flush();
        return trialArea(key);
    }

    @Override
    @Allow(Role.ADMIN)
    public MunicipalityView saveMunicipality(String code, MunicipalityRequest request) {
        if (request.employmentOffice() != null
                && store.office(request.employmentOffice()).isEmpty()) {
            throw InvalidInputException.of(
                    "employmentOffice", "organisations.office.unknown", request.employmentOffice());
        }
        Municipality municipality = store.municipality(code).orElse(null);
        if (municipality == null) {
            municipality = new Municipality(code, request.nameFi(), request.nameSv(), request.employmentOffice());
            store.add(municipality);
        } else {
            if (request.version() == null) {
                throw InvalidInputException.of("version", "jakarta.validation.constraints.NotNull.message");
            }
            if (municipality.version() != request.version()) {
                throw ConflictException.staleVersion(code);
            }
            municipality.rename(request.nameFi(), request.nameSv());
            municipality.assignOffice(request.employmentOffice());
        }
        municipality.markComparison(request.comparisonSince());
        store.flush();
        Municipality saved = municipality;
        return store.municipalityView(saved);
    }

    private void checkArea(TrialAreaRequest request, InvalidInputException.Collector errors) {
        if (request.endsOn() != null
                && request.startsOn() != null
                && request.endsOn().isBefore(request.startsOn())) {
            errors.add("endsOn", "organisations.period.endsBeforeStart");
        }
        if (request.leadMunicipality() != null
                && store.municipality(request.leadMunicipality()).isEmpty()) {
            errors.add("leadMunicipality", "organisations.municipality.unknown", request.leadMunicipality());
        }
    }

    private static void describe(TrialArea area, TrialAreaRequest request) {
        area.describe(
                request.nameFi(),
                request.nameSv(),
                request.leadMunicipality(),
                request.startsOn(),
                request.endsOn(),
                request.status(),
                request.ownerOrganisation(),
                request.budgetEur(),
                request.contactName(),
                request.contactEmail());
    }

    private void refuseClash(String municipalityCode, LocalDate from, LocalDate to, Long ignoredId) {
        MembershipRules.clash(store.membershipViewsOf(municipalityCode), from, to, ignoredId)
                .ifPresent(clash -> {
                    throw new ConflictException(
                            "membership-overlap",
                            "organisations.membership.overlap",
                            municipalityCode,
                            clash.areaKey(),
                            Objects.toString(clash.validFrom()),
                            Objects.toString(clash.validTo(), "…"));
                });
    }
}
