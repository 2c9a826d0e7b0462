package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.PanelBuildView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Panel builds ({@code eva_panel_build}): who asked, what range, progress, and how it ended. */
@ApplicationScoped
public class PanelBuildStore {

    /** A running build silent this long is taken for dead: a new build may claim the panel. */
    public static final Duration SILENCE = Duration.ofMinutes(10);

    @PersistenceContext
    EntityManager em;

    protected PanelBuildStore() {}

    public PanelBuildStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the panel for a build, under the panel's lock row: empty when another instance holds
     * the lock or a build is running (with a heartbeat within {@link #SILENCE}).
     */
    public Optional<Long> claim(String kind, YearMonth first, YearMonth last, String requestedBy, Instant now) {
        if (!new JobLock(em).tryLock(JobLock.PANEL)) {
            return Optional.empty();
        }
        long running = Sql.number(
                em,
                "select count(*) from eva_panel_build where status = 'RUNNING' and heartbeat_at > ?",
                now.minus(SILENCE));
        if (running > 0) {
            return Optional.empty();
        }
        Sql.update(
                em, "update eva_panel_build set status = 'INTERRUPTED', finished_at = ? where status = 'RUNNING'", now);
        String sql = "insert into eva_panel_build (kind, first_month, last_month, status, requested_by, started_at,"
                + " heartbeat_at) values (?,?,?,'RUNNING',?,?,?)";
        try (PreparedStatement insert = Sql.connection(em).prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Sql.setAll(insert, kind, first.atEndOfMonth(), last.atEndOfMonth(), requestedBy, now, now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return Optional.of(keys.getLong(1));
            }
        } catch (SQLException e) {
            throw Sql.failure("claim panel build", e);
        }
    }

    public void progress(long id, long rows, Instant now) {
        Sql.update(
                em,
                "update eva_panel_build set months_done = months_done + 1, rows_written = rows_written + ?,"
                        + " heartbeat_at = ? where id = ?",
                rows,
                now,
                id);
    }

    public void finish(long id, String status, String failure, Instant now) {
        Sql.update(
                em,
                "update eva_panel_build set status = ?, failure = ?, finished_at = ?, heartbeat_at = ? where id = ?",
                status,
                failure == null ? null : failure.substring(0, Math.min(1000, failure.length())),
                now,
                now,
                id);
    }

    public Optional<PanelBuildView> find(long id) {
        return list("where id = ?", id).stream().findFirst();
    }

    public List<PanelBuildView> latest(int count) {
        return list("order by id desc limit " + Math.max(1, count));
    }

    private List<PanelBuildView> list(String where, Object... values) {
        String sql = "select id, kind, first_month, last_month, status, months_done, rows_written, requested_by,"
                + " started_at, finished_at, failure from eva_panel_build " + where;
        List<PanelBuildView> builds = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, values);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    YearMonth first = YearMonth.from(Sql.date(rows, "first_month"));
                    YearMonth last = YearMonth.from(Sql.date(rows, "last_month"));
                    builds.add(new PanelBuildView(
                            rows.getLong("id"),
                            rows.getString("kind"),
                            first,
                            last,
                            rows.getString("status"),
                            rows.getInt("months_done"),
                            (int) (first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1),
                            rows.getLong("rows_written"),
                            rows.getString("requested_by"),
                            Sql.instant(rows, "started_at"),
                            Sql.instant(rows, "finished_at"),
                            rows.getString("failure")));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("panel builds", e);
        }
        return builds;
    }
}
