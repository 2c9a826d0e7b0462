package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.services.CaseworkerAssignmentView;
import fi.kuntakokeilu.services.ResponsibleCaseworkerView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The responsible caseworkers of customers within their trial areas ({@code
 * svc_caseworker_assignment}): effective dated and never overwritten. Each assignment is a new row
 * numbered per customer; the latest is in force while its area is still responsible for the
 * customer and it began on or after the day that area took the customer over (a customer who moves
 * to another area, or comes back, has nobody until someone there is assigned). The number is the
 * optimistic version: a stale one is refused, and the unique key refuses the second of two
 * concurrent assignments on the same version (409, nothing lost).
 */
@ApplicationScoped
public class Caseworkers {

    private static final String COLUMNS = "seq, area_key, caseworker, since, assigned_by, assigned_at";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected Caseworkers() {}

    public Caseworkers(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** The customer's caseworker now, and every assignment. */
    public ResponsibleCaseworkerView of(CustomerInCare customer) {
        List<CaseworkerAssignmentView> history = history(customer.jobSeekerId());
        CaseworkerAssignmentView latest = history.isEmpty() ? null : history.get(history.size() - 1);
        CaseworkerAssignmentView current =
                latest != null && inForce(customer, latest.areaKey(), latest.since()) ? latest : null;
        return new ResponsibleCaseworkerView(
                customer.jobSeekerId(), areaOf(customer), current, history, latest == null ? 0 : latest.sequence());
    }

    /**
     * Makes the caseworker responsible for the customer within the customer's trial area from the day
     * given (today when null). The caller has checked who may assign whom ({@link CaseworkerRules}).
     *
     * @throws ConflictException when the customer is not a trial area's, or the version is stale
     *     (now, or because another assignment was made at the same time)
     * @throws InvalidInputException when the day is in the future, before the area took the customer
     *     over, or before the assignment in force began
     */
    public ResponsibleCaseworkerView assign(
            CustomerInCare customer, String caseworker, LocalDate since, long version, String by) {
        String area = areaOf(customer);
        if (area == null) {
            throw new ConflictException("not-in-trial-area", "services.caseworker.notInArea");
        }
        ResponsibleCaseworkerView now = of(customer);
        if (now.version() != version) {
            throw ConflictException.staleVersion("caseworker of job seeker " + customer.jobSeekerId());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate day = since == null ? today : since;
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (day.isAfter(today)) {
            errors.add("since", "services.caseworker.sinceInFuture", today);
        } else if (customer.responsibleSince() != null && day.isBefore(customer.responsibleSince())) {
            errors.add("since", "services.caseworker.sinceBeforeArea", customer.responsibleSince());
        } else if (now.current() != null && day.isBefore(now.current().since())) {
            errors.add(
                    "since",
                    "services.caseworker.sinceBeforeCurrent",
                    now.current().since());
        }
        errors.throwIfAny();
        String sql =
                "insert into svc_caseworker_assignment (job_seeker_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection().prepareStatement(sql)) {
            insert.setLong(1, customer.jobSeekerId());
            insert.setInt(2, (int) version + 1);
            insert.setString(3, area);
            insert.setString(4, caseworker);
            insert.setObject(5, day);
            insert.setString(6, by);
            insert.setObject(7, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException e) {
            throw ConflictException.staleVersion("caseworker of job seeker " + customer.jobSeekerId());
        } catch (SQLException e) {
            if ("23000".equals(e.getSQLState())) {
                throw ConflictException.staleVersion("caseworker of job seeker " + customer.jobSeekerId());
            }
            throw new IllegalStateException("assign caseworker", e);
        }
        return of(customer);
    }

    /** Those of the customers whose caseworker in force within the area is the account. */
    public List<CustomerInCare> assignedTo(String areaKey, String caseworker, Collection<CustomerInCare> customers) {
        Map<Long, LocalDate> since = new HashMap<>();
        String sql = "select a.job_seeker_id, a.since from svc_caseworker_assignment a"
                + " where a.area_key = ? and a.caseworker = ? and a.seq = (select max(b.seq)"
                + " from svc_caseworker_assignment b where b.job_seeker_id = a.job_seeker_id)";
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            select.setString(1, areaKey);
            select.setString(2, caseworker);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    since.put(rows.getLong(1), rows.getObject(2, LocalDate.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("customers of caseworker", e);
        }
        return customers.stream()
                .filter(c -> since.containsKey(c.jobSeekerId()))
                .filter(c -> areaKey.equals(areaOf(c)) && inForce(c, areaKey, since.get(c.jobSeekerId())))
                .toList();
    }

    /**
     * The demo assignments: the customers of each area, in id order, dealt in turn to the area's
     * caseworkers, leaving every fourth customer unassigned (so an area's worklist holds more than
     * its caseworkers' together). Each from the day the area took the customer over. Returns how many
     * were assigned.
     */
    public int assignDemo(List<CustomerInCare> customers, Map<String, List<String>> caseworkersByArea, String by) {
        Instant now = clock.instant();
        String sql =
                "insert into svc_caseworker_assignment (job_seeker_id, " + COLUMNS + ") values (?, 1, ?, ?, ?, ?, ?)";
        Map<String, Integer> turns = new HashMap<>();
        Map<String, Integer> dealt = new HashMap<>();
        int assigned = 0;
        try (PreparedStatement insert = connection().prepareStatement(sql)) {
            for (CustomerInCare customer : customers.stream()
                    .sorted((a, b) -> Long.compare(a.jobSeekerId(), b.jobSeekerId()))
                    .toList()) {
                String area = areaOf(customer);
                List<String> staff = area == null ? List.of() : caseworkersByArea.getOrDefault(area, List.of());
                if (staff.isEmpty()) {
                    continue;
                }
                if (turns.merge(area, 1, Integer::sum) % 4 == 0) {
                    continue;
                }
                int turn = dealt.merge(area, 1, Integer::sum) - 1;
                insert.setLong(1, customer.jobSeekerId());
                insert.setString(2, area);
                insert.setString(3, staff.get(turn % staff.size()));
                insert.setObject(
                        4, customer.responsibleSince() == null ? LocalDate.now(clock) : customer.responsibleSince());
                insert.setString(5, by);
                insert.setObject(6, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
                insert.addBatch();
                assigned++;
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("demo caseworkers", e);
        }
        return assigned;
    }

    private List<CaseworkerAssignmentView> history(long jobSeekerId) {
        List<Object[]> rows = new ArrayList<>();
        String sql = "select " + COLUMNS + " from svc_caseworker_assignment where job_seeker_id = ? order by seq";
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            select.setLong(1, jobSeekerId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new Object[] {
                        result.getInt(1),
                        result.getString(2),
                        result.getString(3),
                        result.getObject(4, LocalDate.class),
                        result.getString(5),
                        result.getObject(6, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                    });
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("caseworker history", e);
        }
        List<CaseworkerAssignmentView> history = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Object[] row = rows.get(i);
            LocalDate until = i + 1 < rows.size() ? (LocalDate) rows.get(i + 1)[3] : null;
            history.add(new CaseworkerAssignmentView(
                    (Integer) row[0],
                    (String) row[1],
                    (String) row[2],
                    (LocalDate) row[3],
                    until,
                    (String) row[4],
                    (Instant) row[5]));
        }
        return history;
    }

    private static boolean inForce(CustomerInCare customer, String areaKey, LocalDate since) {
        return areaKey.equals(areaOf(customer))
                && (customer.responsibleSince() == null || !since.isBefore(customer.responsibleSince()));
    }

    private static String areaOf(CustomerInCare customer) {
        ResponsibleBody body = customer.responsibleBody();
        return body != null && body.isArea() ? body.key() : null;
    }

    private Connection connection() {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("caseworkers need an active transaction");
        }
        return connection;
    }
}
