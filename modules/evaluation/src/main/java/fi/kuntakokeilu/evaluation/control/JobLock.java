package fi.kuntakokeilu.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The lock rows of {@code eva_job_lock}: a job's row taken with {@code SELECT … FOR UPDATE SKIP
 * LOCKED} until the transaction ends, so of several instances (timers fire on each) one claims the
 * work and the others skip it at once instead of waiting.
 */
@ApplicationScoped
public class JobLock {

    public static final String PANEL = "panel";
    public static final String EXPORT = "export";

    @PersistenceContext
    EntityManager em;

    protected JobLock() {}

    public JobLock(EntityManager em) {
        this.em = em;
    }

    /** Takes the job's lock row until the transaction ends, unless another transaction holds it. */
    public boolean tryLock(String job) {
        String sql = "select name from eva_job_lock where name = ? for update skip locked";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, job);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw Sql.failure("lock " + job, e);
        }
    }
}
