package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.EmploymentOfficeView;
import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.organisations.entity.AreaMembership;
import fi.kuntakokeilu.organisations.entity.EmploymentOffice;
import fi.kuntakokeilu.organisations.entity.Municipality;
import fi.kuntakokeilu.organisations.entity.TrialArea;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Offices, municipalities, areas and memberships in the database, and their views. */
@ApplicationScoped
public class OrganisationStore {

    @PersistenceContext
    EntityManager em;

    protected OrganisationStore() {}

    /** For use outside the container, with an entity manager the caller controls. */
    public OrganisationStore(EntityManager em) {
        this.em = em;
    }

    public Optional<EmploymentOffice> office(String key) {
        return Optional.ofNullable(em.find(EmploymentOffice.class, key));
    }

    public Optional<Municipality> municipality(String code) {
        return Optional.ofNullable(em.find(Municipality.class, code));
    }

    public Optional<TrialArea> area(String key) {
        return Optional.ofNullable(em.find(TrialArea.class, key));
    }

    public Optional<AreaMembership> membership(long id) {
        return Optional.ofNullable(em.find(AreaMembership.class, id));
    }

    public boolean isLoaded(String file, String sha256) {
        return em.createQuery(
                                "select count(l) from ReferenceLoad l where l.fileName = :file and l.sha256 = :sha",
                                Long.class)
                        .setParameter("file", file)
                        .setParameter("sha", sha256)
                        .getSingleResult()
                > 0;
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    /** Writes pending changes now, so that a version clash shows here rather than at commit. */
    public void flush() {
        em.flush();
    }

    public List<AreaMembership> membershipsOf(String municipalityCode) {
        return em.createQuery(
                        "select m from AreaMembership m where m.municipalityCode = :code order by m.validFrom",
                        AreaMembership.class)
                .setParameter("code", municipalityCode)
                .getResultList();
    }

    public List<MembershipView> membershipViewsOf(String municipalityCode) {
        Municipality municipality = em.find(Municipality.class, municipalityCode);
        return membershipsOf(municipalityCode).stream()
                .map(m -> view(m, municipality))
                .toList();
    }

    public List<MembershipView> memberships() {
        Map<String, Municipality> municipalities = municipalitiesByCode();
        return em
                .createQuery(
                        "select m from AreaMembership m order by m.areaKey, m.validFrom, m.municipalityCode",
                        AreaMembership.class)
                .getResultList()
                .stream()
                .map(m -> view(m, municipalities.get(m.municipalityCode())))
                .toList();
    }

    public List<TrialAreaView> areaViews() {
        Map<String, List<MembershipView>> byArea =
                memberships().stream().collect(Collectors.groupingBy(MembershipView::areaKey));
        return em.createQuery("select a from TrialArea a order by a.nameFi", TrialArea.class).getResultList().stream()
                .map(area -> view(area, byArea.getOrDefault(area.key(), List.of())))
                .toList();
    }

    public Optional<TrialAreaView> areaView(String key) {
        return area(key).map(area -> {
            Map<String, Municipality> municipalities = municipalitiesByCode();
            List<MembershipView> members = em
                    .createQuery(
                            "select m from AreaMembership m where m.areaKey = :key order by m.validFrom, m.municipalityCode",
                            AreaMembership.class)
                    .setParameter("key", key)
                    .getResultList()
                    .stream()
                    .map(m -> view(m, municipalities.get(m.municipalityCode())))
                    .toList();
            return view(area, members);
        });
    }

    public List<MunicipalityView> municipalityViews() {
        Map<String, List<MembershipView>> byMunicipality =
                memberships().stream().collect(Collectors.groupingBy(MembershipView::municipalityCode));
        return municipalitiesSorted().stream()
                .map(m -> view(m, byMunicipality.getOrDefault(m.code(), List.of())))
                .toList();
    }

    public MunicipalityView municipalityView(Municipality municipality) {
        return view(municipality, membershipViewsOf(municipality.code()));
    }

    public List<EmploymentOfficeView> officeViews() {
        Map<String, List<String>> codesByOffice = municipalitiesSorted().stream()
                .filter(m -> m.officeKey() != null)
                .collect(Collectors.groupingBy(
                        Municipality::officeKey, Collectors.mapping(Municipality::code, Collectors.toList())));
        return em
                .createQuery("select o from EmploymentOffice o order by o.nameFi", EmploymentOffice.class)
                .getResultList()
                .stream()
                .map(o -> new EmploymentOfficeView(
                        o.key(), o.nameFi(), o.nameSv(), codesByOffice.getOrDefault(o.key(), List.of())))
                .toList();
    }

    private List<Municipality> municipalitiesSorted() {
        return em.createQuery("select m from Municipality m", Municipality.class).getResultList().stream()
                .sorted(Comparator.comparing(Municipality::code))
                .toList();
    }

    private Map<String, Municipality> municipalitiesByCode() {
        return municipalitiesSorted().stream().collect(Collectors.toMap(Municipality::code, Function.identity()));
    }

    static MembershipView view(AreaMembership m, Municipality municipality) {
        return new MembershipView(
                m.id(),
                m.areaKey(),
                m.municipalityCode(),
                municipality == null ? null : municipality.nameFi(),
                municipality == null ? null : municipality.nameSv(),
                m.validFrom(),
                m.validTo(),
                m.version());
    }

    static TrialAreaView view(TrialArea a, List<MembershipView> members) {
        return new TrialAreaView(
                a.key(),
                a.nameFi(),
                a.nameSv(),
                a.leadMunicipality(),
                a.startsOn(),
                a.endsOn(),
                a.status(),
                a.ownerOrganisation(),
                a.budgetEur(),
                a.contactName(),
                a.contactEmail(),
                a.version(),
                members);
    }

    static MunicipalityView view(Municipality m, List<MembershipView> members) {
        return new MunicipalityView(
                m.code(), m.nameFi(), m.nameSv(), m.officeKey(), m.comparisonSince(), members, m.version());
    }
}
