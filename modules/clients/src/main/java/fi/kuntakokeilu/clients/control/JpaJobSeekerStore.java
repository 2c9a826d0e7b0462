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
     * Job seekers in the caller's scope: by identity code, by name (every word must begin the first
     * or the last name), or all, ordered by last and first name.
     */
    public Page<JobSeekerSummary> search(Caller caller, String personalIdentityCode, String q, int page, int size) {
        Scope scope = Scope.of(caller);
        if (scope.isEmpty()) {
            return new Page<>(List.of(), page, size, 0);
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> values = new ArrayList<>();
        if (personalIdentityCode != null) {
            values.add(personalIdentityCode.toUpperCase(Locale.ROOT));
            where.append(" and j.personal_identity_code = ?").append(values.size());
        }
        if (q != null) {
            for (String word : words(q)) {
                values.add(word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
                int at = values.size();
                where.append(" and (j.last_name like ?")
                        .append(at)
                        .append(" escape '!' or j.first_name like ?")
                        .append(at)
                        .append(" escape '!')");
            }
        }
        String from = " from cli_job_seeker j join cli_custody c on c.job_seeker_id = j.id";
        int scopeAt = values.size() + 1;
        String scoped = where + scope.sql(scopeAt);

        var count = em.createNativeQuery("select count(*)" + from + scoped);
        bind(count, values);
        scope.bind(count, scopeAt);
        long total = ((Number) count.getSingleResult()).longValue();

        var select = em.createNativeQuery("select j.id, j.first_name, j.last_name, j.birth_date, j.home_municipality,"
                + " j.labour_market_status, c.body_type, c.body_key" + from + scoped
                + " order by j.last_name, j.first_name, j.id");
        bind(select, values);
        scope.bind(select, scopeAt);
        select.setFirstResult(page * size);
        select.setMaxResults(size);
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
        return new Page<>(items, page, size, total);
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
