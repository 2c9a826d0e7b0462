package fi.kuntakokeilu.services.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The lock rows of {@code svc_job_lock}: a nightly job's timer fires on every instance of a cluster,
 * and the first to claim the day's run does the work. The claim takes the job's row with {@code
 * SELECT ... FOR UPDATE SKIP LOCKED} (an instance claiming at the same moment finds no row and
 * skips at once instead of waiting) and marks the day as claimed (an instance whose timer fires
 * later the same night finds the day taken). Claim in a transaction of its own that commits before
 * the work starts; if the claiming instance dies during the work, the next night catches up.
 */
@ApplicationScoped
public class NightlyClaims {

    public static final String OBLIGATION_REVIEW = "obligation-review";

    @PersistenceContext
    EntityManager em;

    protected NightlyClaims() {}

    public NightlyClaims(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the job's run of the day for this instance.
     *
     * @return false when another instance holds the row right now or has claimed this day already
     */
    public boolean claim(String job, LocalDate day, String instance, Instant at) {
        Connection connection = em.unwrap(Connection.class);
        if (connection == null) {
            throw new IllegalStateException("a claim needs an active transaction");
        }
        String select = "select last_run_on from svc_job_lock where name = ? for update skip locked";
        try (PreparedStatement lock = connection.prepareStatement(select)) {
            lock.setString(1, job);
            try (ResultSet rows = lock.executeQuery()) {
                if (!rows.next()) {
                    return false;
                }
                LocalDate last = rows.getObject(1, LocalDate.class);
                if (last != null && !last.isBefore(day)) {
                    return false;
                }
            }
            String update = "update svc_job_lock set last_run_on = ?, claimed_by = ?, claimed_at = ? where name = ?";
            try (PreparedStatement mark = connection.prepareStatement(update)) {
                mark.setObject(1, day);
                mark.setString(2, instance);
                mark.setObject(3, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
                mark.setString(4, job);
                mark.executeUpdate();
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("claim " + job, e);
        }
    }
}
