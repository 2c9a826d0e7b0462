package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.AdoptionRequest;
import fi.kuntakokeilu.organisations.AdoptionView;
import fi.kuntakokeilu.organisations.GoodPracticePage;
import fi.kuntakokeilu.organisations.GoodPracticeRequest;
import fi.kuntakokeilu.organisations.GoodPracticeSummary;
import fi.kuntakokeilu.organisations.GoodPracticeView;
import fi.kuntakokeilu.organisations.GoodPractices;
import fi.kuntakokeilu.organisations.PracticeSpread;
import fi.kuntakokeilu.organisations.control.GoodPracticeStore;
import fi.kuntakokeilu.organisations.control.OrganisationStore;
import fi.kuntakokeilu.organisations.entity.GoodPractice;
import fi.kuntakokeilu.organisations.entity.GoodPracticeAdoption;
import fi.kuntakokeilu.organisations.entity.TrialArea;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.problem.AccessDeniedException;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The good-practice library. Reading is open to every signed-in role; publishing, changing and
 * withdrawing to area managers for their own areas and to administrators; recording an adoption
 * to the manager of the adopting area (or an administrator). Changes are audited in the same
 * transaction, subject type {@value #SUBJECT}: a practice names a contact person.
 */
@ApplicationScoped
@Transactional
@ValidateOnExecution
@Allow({Role.ADMIN, Role.AREA_MANAGER, Role.CASEWORKER, Role.OFFICE_STAFF, Role.EVALUATOR})
public class GoodPracticesFacade implements GoodPractices {

    static final String SUBJECT = "good-practice";
    private static final String PRACTICE = "organisations.goodPractice";
    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    GoodPracticeStore store;

    @Inject
    OrganisationStore organisations;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    public GoodPracticePage search(String q, String tag, String areaKey, String language, int page, int size) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (page < 0) {
            errors.add("page", "jakarta.validation.constraints.PositiveOrZero.message");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            errors.add("size", "organisations.goodPractice.size", MAX_PAGE_SIZE);
        }
        if (q != null && q.length() > 200) {
            errors.add("q", "organisations.goodPractice.q.size", 200);
        }
        refuseInvisible(errors, "q", q);
        refuseInvisible(errors, "tag", tag);
        refuseInvisible(errors, "area", areaKey);
        refuseInvisible(errors, "language", language);
        errors.throwIfAny();
        GoodPracticeStore.Criteria criteria = new GoodPracticeStore.Criteria(
                blankToNull(q), blankToNull(tag), blankToNull(areaKey), blankToNull(language));
        long first = (long) page * size;
        List<GoodPractice> found = first > Integer.MAX_VALUE ? List.of() : store.search(criteria, (int) first, size);
        Map<Long, Long> adoptions =
                store.adoptionCounts(found.stream().map(GoodPractice::id).toList());
        List<GoodPracticeSummary> items = found.stream()
                .map(p -> new GoodPracticeSummary(
                        p.id(),
                        p.areaKey(),
                        p.title(),
                        p.targetGroup(),
                        p.tags(),
                        p.language(),
                        p.publishedAt(),
                        adoptions.getOrDefault(p.id(), 0L)))
                .toList();
        return new GoodPracticePage(items, page, size, store.count(criteria));
    }

    @Override
    public GoodPracticeView practice(long id) {
        return view(find(id));
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public GoodPracticeView publish(GoodPracticeRequest request) {
        Caller caller = currentUser.require();
        area(request.areaKey(), "areaKey");
        requireServes(caller, request.areaKey());
        GoodPractice practice = new GoodPractice(request.areaKey(), caller.username(), clock.instant());
        describe(practice, request);
        store.add(practice);
        store.flush();
        audit.record(caller, AuditAction.CREATE, SUBJECT, String.valueOf(practice.id()), "publish good practice");
        return view(practice);
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public GoodPracticeView update(long id, GoodPracticeRequest request) {
        Caller caller = currentUser.require();
        GoodPractice practice = find(id);
        requireServes(caller, practice.areaKey());
        if (request.version() == null) {
            throw InvalidInputException.of("version", "jakarta.validation.constraints.NotNull.message");
        }
        if (!request.areaKey().equals(practice.areaKey())) {
            throw InvalidInputException.of("areaKey", "organisations.goodPractice.area.immutable");
        }
        if (practice.version() != request.version()) {
            throw ConflictException.staleVersion(PRACTICE + " " + id);
        }
        describe(practice, request);
        store.flush();
        audit.record(caller, AuditAction.UPDATE, SUBJECT, String.valueOf(id), "change good practice");
        return view(practice);
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public void withdraw(long id, Long version) {
        Caller caller = currentUser.require();
        GoodPractice practice = find(id);
        requireServes(caller, practice.areaKey());
        if (version == null) {
            throw InvalidInputException.of("version", "jakarta.validation.constraints.NotNull.message");
        }
        if (practice.version() != version) {
            throw ConflictException.staleVersion(PRACTICE + " " + id);
        }
        store.remove(practice);
        store.flush();
        audit.record(caller, AuditAction.DELETE, SUBJECT, String.valueOf(id), "withdraw good practice");
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER})
    public GoodPracticeView adopt(long id, AdoptionRequest request) {
        Caller caller = currentUser.require();
        GoodPractice practice = find(id);
        area(request.areaKey(), "areaKey");
        requireServes(caller, request.areaKey());
        if (request.areaKey().equals(practice.areaKey())) {
            throw InvalidInputException.of("areaKey", "organisations.goodPractice.adoptOwn");
        }
        if (store.adopted(id, request.areaKey())) {
            throw new ConflictException("duplicate", "organisations.goodPractice.adoptedAlready", request.areaKey());
        }
        store.add(new GoodPracticeAdoption(
                id, request.areaKey(), request.adoptedOn(), request.note(), caller.username(), clock.instant()));
        store.flush();
        audit.record(
                caller, AuditAction.CREATE, SUBJECT, id + "/" + request.areaKey(), "record adoption of good practice");
        return view(practice);
    }

    @Override
    @Allow({Role.ADMIN, Role.AREA_MANAGER, Role.EVALUATOR})
    public List<PracticeSpread> spread() {
        Map<Long, List<String>> adoptedBy = new LinkedHashMap<>();
        for (GoodPracticeAdoption adoption : store.allAdoptions()) {
            adoptedBy
                    .computeIfAbsent(adoption.practiceId(), k -> new ArrayList<>())
                    .add(adoption.areaKey());
        }
        return store.all().stream()
                .map(p -> {
                    List<String> areas = adoptedBy.getOrDefault(p.id(), List.of());
                    return new PracticeSpread(p.id(), p.title(), p.areaKey(), areas.size(), areas);
                })
                .sorted(Comparator.comparingLong(PracticeSpread::adoptions).reversed())
                .toList();
    }

    private GoodPractice find(long id) {
        return store.find(id).orElseThrow(() -> new ResourceNotFoundException(PRACTICE, id));
    }

    private TrialArea area(String key, String field) {
        return organisations
                .area(key)
                .orElseThrow(() -> InvalidInputException.of(field, "organisations.trialArea.unknown", key));
    }

    /** Managers act for their own areas only; administrators for any. */
    private static void requireServes(Caller caller, String areaKey) {
        if (!caller.hasRole(Role.ADMIN) && !caller.areaKeys().contains(areaKey)) {
            throw new AccessDeniedException();
        }
    }

    private void describe(GoodPractice practice, GoodPracticeRequest request) {
        List<String> tags = request.tags() == null
                ? List.of()
                : request.tags().stream()
                        .map(tag -> tag.strip().toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList();
        practice.describe(
                request.title().strip(),
                request.description().strip(),
                blankToNull(request.targetGroup()),
                blankToNull(request.servicesUsed()),
                blankToNull(request.results()),
                blankToNull(request.contactName()),
                blankToNull(request.contactEmail()),
                tags,
                request.language(),
                clock.instant());
    }

    private GoodPracticeView view(GoodPractice practice) {
        Optional<TrialArea> area = organisations.area(practice.areaKey());
        List<AdoptionView> adoptions = store.adoptions(practice.id()).stream()
                .map(a -> {
                    Optional<TrialArea> adopter = organisations.area(a.areaKey());
                    return new AdoptionView(
                            a.areaKey(),
                            adopter.map(TrialArea::nameFi).orElse(a.areaKey()),
                            adopter.map(TrialArea::nameSv).orElse(null),
                            a.adoptedOn(),
                            a.note());
                })
                .toList();
        return new GoodPracticeView(
                practice.id(),
                practice.areaKey(),
                area.map(TrialArea::nameFi).orElse(practice.areaKey()),
                area.map(TrialArea::nameSv).orElse(null),
                practice.title(),
                practice.description(),
                practice.targetGroup(),
                practice.servicesUsed(),
                practice.results(),
                practice.contactName(),
                practice.contactEmail(),
                practice.tags(),
                practice.language(),
                practice.publishedAt(),
                practice.updatedAt(),
                practice.version(),
                adoptions);
    }

    /**
     * Search words are typed text: a control or format character (a NUL, a right-to-left override)
     * is refused rather than matched against nothing.
     */
    private static void refuseInvisible(InvalidInputException.Collector errors, String field, String value) {
        if (value != null
                && value.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            errors.add(field, "organisations.goodPractice.search.characters");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
