package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.JobSeekerRegistered;
import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.SituationChangeRequest;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.clients.entity.JobSeeker;
import fi.kuntakokeilu.clients.entity.SituationChange;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Registering job seekers and recording changes in their situation, each followed by the
 * event-driven re-evaluation: a person entering the target group of a running trial gets an entry
 * order, a person moving house moves with their kotikunta.
 */
@ApplicationScoped
public class Registry {

    @Inject
    JpaJobSeekerStore store;

    @Inject
    JdbcCustodyLedger ledger;

    @Inject
    Transfers transfers;

    @Inject
    Clock clock;

    @Inject
    Event<JobSeekerRegistered> registered;

    protected Registry() {}

    /** For use outside the container (no events). */
    public Registry(JpaJobSeekerStore store, JdbcCustodyLedger ledger, Transfers transfers, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.transfers = transfers;
        this.clock = clock;
    }

    /**
     * Registers a person: the office of the home municipality's region is responsible from the
     * registration day, then the rules decide on that day.
     *
     * @throws InvalidInputException naming every field at fault (mother tongue, home municipality,
     *     registration before birth)
     * @throws ConflictException when the identity code is already registered
     */
    public JobSeeker register(JobSeekerRequest request, TransferContext context, String actor) {
        PersonalIdentityCode code = PersonalIdentityCode.parse(request.personalIdentityCode());
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String tongue = MotherTongues.normalise(request.motherTongue()).orElse(null);
        if (tongue == null) {
            errors.add("motherTongue", "clients.motherTongue.unknown", request.motherTongue());
        }
        String office = context.areas()
                .officeOf(MunicipalityCode.of(request.homeMunicipality()))
                .orElse(null);
        if (office == null) {
            errors.add("homeMunicipality", "clients.homeMunicipality.unknown", request.homeMunicipality());
        }
        if (request.registeredOn().isBefore(code.birthDate())) {
            errors.add("registeredOn", "clients.registeredOn.beforeBirth");
        }
        errors.throwIfAny();
        if (store.exists(code.value())) {
            throw new ConflictException("duplicate", "clients.jobSeeker.exists");
        }
        Instant now = clock.instant();
        JobSeeker person = new JobSeeker(
                code,
                request.firstName().strip(),
                request.lastName().strip(),
                tongue,
                request.isImmigrant(),
                request.registeredOn(),
                now);
        person.describe(
                request.educationLevel(),
                request.email(),
                request.phone(),
                request.streetAddress(),
                request.postalCode(),
                request.postOffice());
        person.situate(request.labourMarketStatus(), request.unemploymentBenefit(), request.homeMunicipality(), now);
        store.add(person);
        store.flush();
        store.add(new SituationChange(
                person.id(),
                request.registeredOn(),
                request.labourMarketStatus(),
                request.unemploymentBenefit(),
                request.homeMunicipality(),
                null,
                SituationChange.Source.REGISTRATION,
                actor,
                now));
        store.flush();
        ResponsibleBody first = ResponsibleBody.office(office);
        ledger.open(List.of(new Custody(person.id(), first, request.registeredOn(), null)));
        if (registered != null) {
            registered.fire(
                    new JobSeekerRegistered(person.id(), request.registeredOn(), request.homeMunicipality(), first));
        }
        transfers.reevaluate(person, request.registeredOn(), context, actor);
        return person;
    }

    /**
     * Adds a change to the person's history, from its day on, and re-evaluates them on that day.
     * Changes come in order: a day before the latest recorded change would rewrite history that
     * decisions already rest on, so it is refused.
     */
    public JobSeeker changeSituation(
            JobSeeker person, SituationChangeRequest request, TransferContext context, String actor) {
        if (request.changesNothing()) {
            throw InvalidInputException.of("labourMarketStatus", "clients.situation.nothingToChange");
        }
        List<SituationChange> history = store.history(person.id());
        SituationChange latest = history.get(history.size() - 1);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.effectiveDate().isBefore(latest.effectiveFrom())) {
            errors.add("effectiveDate", "clients.situation.beforeLatest", latest.effectiveFrom());
        }
        if (request.homeMunicipality() != null
                && context.areas()
                        .officeOf(MunicipalityCode.of(request.homeMunicipality()))
                        .isEmpty()) {
            errors.add("homeMunicipality", "clients.homeMunicipality.unknown", request.homeMunicipality());
        }
        Integer exclusion = latest.exclusionItem();
        if (request.exclusionItem() != null) {
            if (request.exclusionItem() == 0) {
                exclusion = null;
            } else if (!context.settings().exclusionItemsInForce().contains(request.exclusionItem())) {
                errors.add("exclusionItem", "clients.exclusion.notInForce", request.exclusionItem());
            } else {
                exclusion = request.exclusionItem();
            }
        }
        errors.throwIfAny();
        LabourMarketStatus status =
                Objects.requireNonNullElse(request.labourMarketStatus(), latest.labourMarketStatus());
        UnemploymentBenefit benefit =
                Objects.requireNonNullElse(request.unemploymentBenefit(), latest.unemploymentBenefit());
        String home = Objects.requireNonNullElse(request.homeMunicipality(), latest.homeMunicipality());
        Instant now = clock.instant();
        store.add(new SituationChange(
                person.id(),
                request.effectiveDate(),
                status,
                benefit,
                home,
                exclusion,
                SituationChange.Source.CHANGE,
                actor,
                now));
        person.situate(status, benefit, home, now);
        store.flush();
        if (!home.equals(latest.homeMunicipality())) {
            // A discretionary decision concerned the old home; the new one is decided afresh.
            ledger.clearDiscretion(person.id());
        }
        transfers.reevaluate(person, request.effectiveDate(), context, actor);
        return person;
    }
}
