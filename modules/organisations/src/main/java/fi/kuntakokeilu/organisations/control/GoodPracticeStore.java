package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.entity.GoodPractice;
import fi.kuntakokeilu.organisations.entity.GoodPracticeAdoption;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Good practices and their adoptions in the database. Search is a case-insensitive substring match
 * ({@code LIKE}) over title, description and tags: it finds parts of Finnish compound words
 * ("työkokeilu" in "työkokeilupaikat"), which a full-text index does not, and the library is small
 * (a few practices per area), so a scan is quick.
 */
@ApplicationScoped
public class GoodPracticeStore {

    /** The escape character of LIKE patterns: not a backslash, which MariaDB string literals also use. */
    private static final char ESCAPE = '!';

    @PersistenceContext
    EntityManager em;

    protected GoodPracticeStore() {}

    /** For use outside the container, with an entity manager the caller controls. */
    public GoodPracticeStore(EntityManager em) {
        this.em = em;
    }

    /** What to look for; {@code null} parts do not restrict. */
    public record Criteria(String text, String tag, String areaKey, String language) {}

    public Optional<GoodPractice> find(long id) {
        return Optional.ofNullable(em.find(GoodPractice.class, id));
    }

    public void add(GoodPractice practice) {
        em.persist(practice);
    }

    public void add(GoodPracticeAdoption adoption) {
        em.persist(adoption);
    }

    public void remove(GoodPractice practice) {
        em.createQuery("delete from GoodPracticeAdoption a where a.practiceId = :id")
                .setParameter("id", practice.id())
                .executeUpdate();
        em.remove(practice);
    }

    public void flush() {
        em.flush();
    }

    public long count() {
        return em.createQuery("select count(p) from GoodPractice p", Long.class).getSingleResult();
    }

    public List<GoodPractice> search(Criteria criteria, int first, int max) {
        TypedQuery<GoodPractice> query = em.createQuery(
                "select p from GoodPractice p" + where(criteria) + " order by p.publishedAt desc, p.id desc",
                GoodPractice.class);
        bind(query, criteria);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Criteria criteria) {
        TypedQuery<Long> query = em.createQuery("select count(p) from GoodPractice p" + where(criteria), Long.class);
        bind(query, criteria);
        return query.getSingleResult();
    }

    public List<GoodPracticeAdoption> adoptions(long practiceId) {
        return em.createQuery(
                        "select a from GoodPracticeAdoption a where a.practiceId = :id order by a.adoptedOn, a.areaKey",
                        GoodPracticeAdoption.class)
                .setParameter("id", practiceId)
                .getResultList();
    }

    public boolean adopted(long practiceId, String areaKey) {
        return em.createQuery(
                                "select count(a) from GoodPracticeAdoption a where a.practiceId = :id and a.areaKey = :area",
                                Long.class)
                        .setParameter("id", practiceId)
                        .setParameter("area", areaKey)
                        .getSingleResult()
                > 0;
    }

    /** Adoption counts of the given practices (absent: none). */
    public Map<Long, Long> adoptionCounts(List<Long> practiceIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (practiceIds.isEmpty()) {
            return counts;
        }
        for (Object[] row : em.createQuery(
                        "select a.practiceId, count(a) from GoodPracticeAdoption a where a.practiceId in :ids"
                                + " group by a.practiceId",
                        Object[].class)
                .setParameter("ids", practiceIds)
                .getResultList()) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        return counts;
    }

    public List<GoodPractice> all() {
        return em.createQuery("select p from GoodPractice p order by p.publishedAt desc, p.id desc", GoodPractice.class)
                .getResultList();
    }

    public List<GoodPracticeAdoption> allAdoptions() {
        return em.createQuery(
                        "select a from GoodPracticeAdoption a order by a.adoptedOn, a.areaKey",
                        GoodPracticeAdoption.class)
                .getResultList();
    }

    private static String where(Criteria criteria) {
        List<String> conditions = new ArrayList<>();
        if (criteria.text() != null) {
            conditions.add(
                    "(lower(p.title) like :text escape '" + ESCAPE + "' or lower(p.description) like :text escape '"
                            + ESCAPE + "' or lower(p.tags) like :text escape '" + ESCAPE + "')");
        }
        if (criteria.tag() != null) {
            conditions.add("p.tags like :tag escape '" + ESCAPE + "'");
        }
        if (criteria.areaKey() != null) {
            conditions.add("p.areaKey = :area");
        }
        if (criteria.language() != null) {
            conditions.add("p.language = :language");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, Criteria criteria) {
        if (criteria.text() != null) {
            query.setParameter("text", "%" + escape(criteria.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (criteria.tag() != null) {
            query.setParameter("tag", "%," + escape(criteria.tag().toLowerCase(Locale.ROOT)) + ",%");
        }
        if (criteria.areaKey() != null) {
            query.setParameter("area", criteria.areaKey());
        }
        if (criteria.language() != null) {
            query.setParameter("language", criteria.language());
        }
    }

    /** The text as a literal inside a LIKE pattern: its own wildcards match only themselves. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
