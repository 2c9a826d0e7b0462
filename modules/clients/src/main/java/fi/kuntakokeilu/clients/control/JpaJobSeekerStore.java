package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.JobSeekerSummary;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.clients.entity.JobSeeker;
import fi.kuntakokeilu.clients.entity.SituationChange;
import fi.kuntakokeilu.clients.entity.TargetGroupRuleVersion;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Job seekers and their situation history in the database, and the rule versions. Every query
 * that returns a person for a caller is limited by the caller's scope in its WHERE clause: the
 * body responsible now must be one the caller serves (administrators: any; evaluators: none).
 */
@ApplicationScoped
public class JpaJobSeekerStore {

    @PersistenceContext
    EntityManager em;

    protected JpaJobSeekerStore() {}

    /** For use outside the container, with an entity manager the caller controls. */
    public JpaJobSeekerStore(EntityManager em) {
        this.em = em;
    }

    public void add(JobSeeker jobSeeker) {
        em.persist(jobSeeker);
    }

    public void add(SituationChange change) {
        em.persist(change);
    }

    /** Writes pending changes now (ids of new rows, version clashes). */
    public void flush() {
        em.flush();
    }

    /** No job seeker registered at all (a fresh database). */
    public boolean isEmpty() {
        return em.createQuery("select j.id from JobSeeker j", Long.class)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public boolean exists(String personalIdentityCode) {
        return !em.createQuery("select j.id from JobSeeker j where j.personalIdentityCode = :code", Long.class)
                .setParameter("code", personalIdentityCode)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public Optional<JobSeeker> findByCode(String personalIdentityCode) {
        return em.createQuery("select j from JobSeeker j where j.personalIdentityCode = :code", JobSeeker.class)
                .setParameter("code", personalIdentityCode)
                .getResultStream()
                .findFirst();
    }

    public Optional<JobSeeker> find(long id) {
        return Optional.ofNullable(em.find(JobSeeker.class, id));
    }

    /** The person, if the caller may see them now. */
    public Optional<JobSeeker> findInScope(long id, Caller caller) {
        Scope scope = Scope.of(caller);
        if (scope.isEmpty()) {
            return Optional.empty();
        }
        var query =
                em.createNativeQuery("select count(*) from cli_custody c where c.job_seeker_id = ?1" + scope.sql(2));
        query.setParameter(1, id);
        scope.bind(query, 2);
        long visible = ((Number) query.getSingleResult()).longValue();
        return visible == 0 ? Optional.empty() : find(id);
    }

    /** Whole history, oldest first (several rows on a day: in the order recorded). */
    public List<SituationChange> history(long jobSeekerId) {
        return em.createQuery(
                        "select s from SituationChange s where s.jobSeekerId = :id order by s.effectiveFrom, s.id",
                        SituationChange.class)
                .setParameter("id", jobSeekerId)
                .getResultList();
    }

    /** The situation in effect on a day, if the person was registered by then. */
    public Optional<SituationChange> situationOn(long jobSeekerId, LocalDate day) {
        return em
                .createQuery(
                        "select s from SituationChange s where s.jobSeekerId = :id and s.effectiveFrom <= :day"
                                + " order by s.effectiveFrom desc, s.id desc",
                        SituationChange.class)
                .setParameter("id", jobSeekerId)
                .setParameter("day", day)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    public Optional<JobSeekerFacts> factsOn(JobSeeker person, LocalDate day) {
        return situationOn(person.id(), day)
                .map(s -> new JobSeekerFacts(
                        person.birthDate(),
                        person.motherTongue(),
                        person.immigrant(),
                        s.labourMarketStatus(),
                        s.unemploymentBenefit(),
                        s.homeMunicipality(),
                        s.exclusionItem()));
    }

    /**
     * How far a search counts past the start of its page: beyond that it says "more than" (a count
     * of every match of a common name among 700,000 customers would cost more than the page).
     */
    public static final int COUNT_LIMIT = 1000;

    /**
     * Job seekers in the caller's scope: by identity code, by name (every word must begin the first
     * or the last name), or all, ordered by last and first name (then id).
     *
     * <p>Staff of areas and offices search the names on the custody row ({@code cli_custody}), where
     * an index by body and name makes "this body's customers whose last name begins with ..." one
     * range read in name order; a first-name match is a second range, and the page is the first of
     * the union of both. Administrators, who have no body, search the names in the registry. The
     * total is counted up to {@link #COUNT_LIMIT} past the page's start; past that the page says
     * {@link Page#moreThanTotal()}.
     */
    public Page<JobSeekerSummary> search(Caller caller, String personalIdentityCode, String q, int page, int size) {
        return search(caller, personalIdentityCode, q, page, size, COUNT_LIMIT);
    }

    /** The search, counting up to {@code countLimit} past the page's start. */
    Page<JobSeekerSummary> search(
            Caller caller, String personalIdentityCode, String q, int page, int size, int countLimit) {
        Scope scope = Scope.of(caller);
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        NameSearch search = new NameSearch(scope, personalIdentityCode, q == null ? List.of() : words(q));
        long start = (long) page * size;
        long countTo = start + countLimit;

        var count = em.createNativeQuery("select count(*) from (" + search.union(null, countTo + 1) + ") m");
        search.bind(count);
        long counted = ((Number) count.getSingleResult()).longValue();

        var select = em.createNativeQuery("select u.id, u.first_name, u.last_name, j.birth_date, j.home_municipality,"
                + " j.labour_market_status, u.body_type, u.body_key from ("
                + search.union(NameSearch.ORDER, start + size) + " order by " + NameSearch.ORDER + " limit " + start
                + ", " + size + ") u join cli_job_seeker j on j.id = u.id order by u.last_name, u.first_name, u.id");
        search.bind(select);
        List<JobSeekerSummary> items = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] cells = (Object[]) row;
            items.add(new JobSeekerSummary(
                    ((Number) cells[0]).longValue(),
                    (String) cells[1],
                    (String) cells[2],
                    toDate(cells[3]),
                    (String) cells[4],
                    LabourMarketStatus.valueOf((String) cells[5]),
                    new ResponsibleBody(BodyType.valueOf((String) cells[6]), (String) cells[7])));
        }
        return counted > countTo
                ? new Page<>(items, page, size, countTo, true)
                : new Page<>(items, page, size, counted, false);
    }

    /**
     * A search as a union of branches, each an index range in name order: without words one branch;
     * with words two, the first word beginning the last name or the first name, every other word
     * beginning either. Parameters are numbered in the order they are added and bound to every query
     * built from the same search.
     */
    private static final class NameSearch {

        static final String ORDER = "last_name, first_name, id";

        private final String names;
        private final String id;
        private final String from;
        private final List<Object> values = new ArrayList<>();
        private final List<String> branches = new ArrayList<>();

        NameSearch(Scope scope, String personalIdentityCode, List<String> words) {
            boolean byBody = !scope.values().isEmpty();
            // Names of custody rows within a body (index by body and name); an administrator's
            // search has no body, so it reads the registry's name indexes.
            this.names = byBody ? "c" : "j";
            this.id = byBody ? "c.job_seeker_id" : "j.id";
            this.from = byBody && personalIdentityCode == null
                    ? " from cli_custody c"
                    : " from cli_custody c join cli_job_seeker j on j.id = c.job_seeker_id";
            StringBuilder common = new StringBuilder(" where 1 = 1");
            if (personalIdentityCode != null) {
                common.append(" and j.personal_identity_code = ")
                        .append(mark(personalIdentityCode.toUpperCase(Locale.ROOT)));
            }
            int scopeAt = values.size() + 1;
            common.append(scope.sql(scopeAt));
            values.addAll(scope.values());
            if (words.isEmpty()) {
                branches.add(common.toString());
                return;
            }
            for (String word : words.subList(1, words.size())) {
                String pattern = mark(prefix(word));
                common.append(" and (")
                        .append(names)
                        .append(".last_name like ")
                        .append(pattern)
                        .append(" escape '!' or ")
                        .append(names)
                        .append(".first_name like ")
                        .append(pattern)
                        .append(" escape '!')");
            }
            String first = mark(prefix(words.get(0)));
            branches.add(common + " and " + names + ".last_name like " + first + " escape '!'");
            branches.add(common + " and " + names + ".first_name like " + first + " escape '!'");
        }

        private String mark(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        private static String prefix(String word) {
            return word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        }

        /** The branches' union, each in {@code order} (or none) and stopped after {@code limit} rows. */
        String union(String order, long limit) {
            List<String> selects = new ArrayList<>();
            for (String where : branches) {
                selects.add("(select " + id + " as id, " + names + ".first_name as first_name, " + names
                        + ".last_name as last_name, c.body_type, c.body_key" + from + where
                        + (order == null ? "" : " order by " + names + ".last_name, " + names + ".first_name, " + id)
                        + " limit " + limit + ")");
            }
            return String.join(" union ", selects);
        }

        void bind(jakarta.persistence.Query query) {
            JpaJobSeekerStore.bind(query, values);
        }
    }

    private static List<String> words(String q) {
        return Arrays.stream(q.strip().split("\\s+"))
                .filter(word -> !word.isEmpty())
                .limit(5)
                .collect(Collectors.toList());
    }

    /**
     * Customers the caller may serve now, as the serving modules need them: optionally only those of
     * one body, optionally only one person; ordered by id.
     */
    public List<CustomerInCare> customersInCare(Caller caller, ResponsibleBody body, Long jobSeekerId) {
        Scope scope = Scope.of(caller);
        if (scope.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> values = new ArrayList<>();
        if (body != null) {
            values.add(body.type().name());
            where.append(" and c.body_type = ?").append(values.size());
            values.add(body.key());
            where.append(" and c.body_key = ?").append(values.size());
        }
        if (jobSeekerId != null) {
            values.add(jobSeekerId);
            where.append(" and j.id = ?").append(values.size());
        }
        int scopeAt = values.size() + 1;
        var select = em.createNativeQuery("select j.id, j.first_name, j.last_name, j.registered_on,"
                + " j.labour_market_status, j.unemployment_benefit, c.body_type, c.body_key, c.since"
                + " from cli_job_seeker j join cli_custody c on c.job_seeker_id = j.id" + where + scope.sql(scopeAt)
                + " order by j.id");
        bind(select, values);
        scope.bind(select, scopeAt);
        List<CustomerInCare> customers = new ArrayList<>();
        for (Object row : select.getResultList()) {
            Object[] cells = (Object[]) row;
            customers.add(new CustomerInCare(
                    ((Number) cells[0]).longValue(),
                    (String) cells[1],
                    (String) cells[2],
                    toDate(cells[3]),
                    LabourMarketStatus.valueOf((String) cells[4]),
                    UnemploymentBenefit.valueOf((String) cells[5]),
                    new ResponsibleBody(BodyType.valueOf((String) cells[6]), (String) cells[7]),
                    toDate(cells[8])));
        }
        return customers;
    }

    private static void bind(jakarta.persistence.Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
    }

    private static LocalDate toDate(Object cell) {
        if (cell instanceof LocalDate date) {
            return date;
        }
        if (cell instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        return cell == null ? null : LocalDate.parse(cell.toString());
    }

    /** Every stored rule version, as the rules use them. */
    public List<RuleVersion> ruleVersions() {
        return em
                .createQuery(
                        "select v from TargetGroupRuleVersion v order by v.validFrom", TargetGroupRuleVersion.class)
                .getResultList()
                .stream()
                .map(JpaJobSeekerStore::ruleVersion)
                .toList();
    }

    /** Every stored rule version as the API shows it, with its description, oldest first. */
    public List<fi.kuntakokeilu.clients.TargetGroupRuleView> targetGroupRules() {
        return em
                .createQuery(
                        "select v from TargetGroupRuleVersion v order by v.validFrom", TargetGroupRuleVersion.class)
                .getResultList()
                .stream()
                .map(v -> new fi.kuntakokeilu.clients.TargetGroupRuleView(
                        v.version(),
                        v.validFrom(),
                        v.validTo(),
                        v.legalBasis(),
                        v.ageLimit(),
                        list(v.qualifyingStatuses()).stream()
                                .map(LabourMarketStatus::valueOf)
                                .toList(),
                        list(v.disqualifyingBenefits()).stream()
                                .map(UnemploymentBenefit::valueOf)
                                .toList(),
                        list(v.domesticLanguages()),
                        v.description()))
                .toList();
    }

    static RuleVersion ruleVersion(TargetGroupRuleVersion v) {
        return new RuleVersion(
                v.version(),
                v.validFrom(),
                v.validTo(),
                v.legalBasis(),
                v.ageLimit(),
                list(v.qualifyingStatuses()).stream()
                        .map(LabourMarketStatus::valueOf)
                        .collect(Collectors.toSet()),
                list(v.disqualifyingBenefits()).stream()
                        .map(UnemploymentBenefit::valueOf)
                        .collect(Collectors.toSet()),
                java.util.Set.copyOf(list(v.domesticLanguages())));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /**
     * A caller's reach as SQL on {@code cli_custody c}: trial-area staff see customers of their
     * areas, office staff those of their office, administrators all, others none.
     */
    record Scope(String sqlTemplate, List<String> values, boolean isEmpty) {

        static Scope of(Caller caller) {
            if (caller.role() == Role.ADMIN) {
                return new Scope("", List.of(), false);
            }
            if (caller.role().servesTrialAreas() && !caller.areaKeys().isEmpty()) {
                List<String> areas = caller.areaKeys().stream().sorted().toList();
                return new Scope(" and c.body_type = 'TRIAL_AREA' and c.body_key in (%s)", areas, false);
            }
            if (caller.role() == Role.OFFICE_STAFF && caller.officeKey() != null) {
                return new Scope(
                        " and c.body_type = 'EMPLOYMENT_OFFICE' and c.body_key in (%s)",
                        List.of(caller.officeKey()), false);
            }
            return new Scope("", List.of(), true);
        }

        /** The clause with numbered parameters from {@code first} on. */
        String sql(int first) {
            if (values.isEmpty()) {
                return sqlTemplate;
            }
            List<String> marks = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                marks.add("?" + (first + i));
            }
            return String.format(sqlTemplate, String.join(",", marks));
        }

        void bind(jakarta.persistence.Query query, int first) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(first + i, values.get(i));
            }
        }
    }
}
