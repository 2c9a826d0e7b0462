package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.RetentionReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The retention rules of the clients module (docs/security.md, "Retention"; GDPR Art. 5(1)(e):
 * kept no longer than needed).
 *
 * <ul>
 *   <li><b>Former customers</b>: a person whose latest situation has been "not seeking work" for
 *       longer than {@code clients.retention.former-customers} (default 5 years) is anonymised:
 *       names become "-", the identity code a placeholder that no real code can equal ({@code X}
 *       and the row id), contact details are removed. The row, the situation history and the
 *       custody history stay, with birth date, sex, mother tongue and home municipality, so that
 *       monthly counts, the panel and evaluation snapshots of past months stay what they were.
 *   <li><b>Refused import rows</b>: the lists of refused rows of imports finished longer ago than
 *       {@code clients.retention.import-errors} (default 90 days) are deleted; the import's
 *       counts stay.
 * </ul>
 *
 * The audit trail is not subject to these rules: it is append-only and kept as the record of who
 * handled whose data.
 */
@ApplicationScoped
public class Retention {

    /** Where a placeholder identity code begins: no real code does (it begins with a day of month). */
    static final String PLACEHOLDER_PREFIX = "X";

    private static final String FORMER_CUSTOMERS = "select j.id from cli_job_seeker j"
            + " join cli_situation s on s.id = (select s2.id from cli_situation s2 where s2.job_seeker_id = j.id"
            + " order by s2.effective_from desc, s2.id desc limit 1)"
            + " where j.anonymised_at is null and s.labour_market_status = ? and s.effective_from < ?"
            + " order by j.id";

    private static final String IMPORT_ERRORS =
            " from cli_import_error e join cli_import i on i.id = e.import_id" + " where i.finished_at < ?";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    protected Retention() {}

    /** For use outside the container, with an entity manager the caller controls. */
    public Retention(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A dry run: what {@link #apply} would remove on the day, changing nothing. */
    public RetentionReport preview(LocalDate day, Period formerCustomers, Period importErrors) {
        LocalDate leftBefore = day.minus(formerCustomers);
        LocalDate importsBefore = day.minus(importErrors);
        return new RetentionReport(
                day,
                false,
                leftBefore,
                formerCustomers(leftBefore).size(),
                importsBefore,
                count("select count(*)" + IMPORT_ERRORS, startOf(importsBefore)));
    }

    /**
     * Removes what is past retention on the day.
     *
     * @param anonymised receives the ids of the people anonymised, for the audit trail
     */
    public RetentionReport apply(LocalDate day, Period formerCustomers, Period importErrors, List<Long> anonymised) {
        LocalDate leftBefore = day.minus(formerCustomers);
        LocalDate importsBefore = day.minus(importErrors);
        List<Long> people = formerCustomers(leftBefore);
        String anonymise = "update cli_job_seeker set first_name = '-', last_name = '-',"
                + " personal_identity_code = concat('" + PLACEHOLDER_PREFIX + "', lpad(id, 10, '0')),"
                + " email = null, phone = null, street_address = null, postal_code = null, post_office = null,"
                + " anonymised_at = ?, updated_at = ?, version = version + 1 where id = ? and anonymised_at is null";
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try (PreparedStatement update = Sql.connection(em).prepareStatement(anonymise)) {
            for (long id : people) {
                Sql.setAll(update, now, now, id);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("anonymise former customers", e);
        }
        JdbcCustodyLedger.copyNames(em, people);
        long deleted;
        try (PreparedStatement delete = Sql.connection(em).prepareStatement("delete e" + IMPORT_ERRORS)) {
            Sql.setAll(delete, startOf(importsBefore));
            deleted = delete.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("delete refused import rows", e);
        }
        anonymised.addAll(people);
        return new RetentionReport(day, true, leftBefore, people.size(), importsBefore, deleted);
    }

    private List<Long> formerCustomers(LocalDate leftBefore) {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em).prepareStatement(FORMER_CUSTOMERS)) {
            Sql.setAll(select, LabourMarketStatus.NOT_JOB_SEEKING.name(), leftBefore);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("find former customers", e);
        }
        return ids;
    }

    private long count(String sql, Object... values) {
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, values);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("count past retention", e);
        }
    }

    /** finished_at holds UTC wall time; a day counts from its UTC midnight, near enough for periods of days. */
    private static LocalDateTime startOf(LocalDate day) {
        return day.atStartOfDay();
    }
}
