package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.ExportView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Exports ({@code eva_export}), their files ({@code eva_export_file}) and the delivery log ({@code
 * eva_export_delivery}).
 *
 * <p>Only one export runs at a time in a cluster: an export is claimed under the {@code export}
 * lock row ({@code SELECT … FOR UPDATE SKIP LOCKED}), and the claim fails while another export is
 * preparing or running with a recent heartbeat, or when the night already has its scheduled export
 * (a unique key). Instances whose timers fire together thus produce one export.
 */
@ApplicationScoped
public class ExportStore {

    /** An export silent this long is taken for dead (interrupted): it may be restarted. */
    public static final Duration SILENCE = Duration.ofMinutes(15);

    @PersistenceContext
    EntityManager em;

    protected ExportStore() {}

    public ExportStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the export job: empty when another instance holds the lock, another export is preparing
     * or running, or the night's scheduled export exists. The claimed export is PREPARING.
     */
    public Optional<Long> claim(
            LocalDate scheduledFor, String project, String keyId, String directory, String requestedBy, Instant now) {
        if (!new JobLock(em).tryLock(JobLock.EXPORT)) {
            return Optional.empty();
        }
        Sql.update(
                em,
                "update eva_export set status = 'INTERRUPTED', failure = concat('silent since ', heartbeat_at)"
                        + " where status in ('PREPARING','RUNNING') and heartbeat_at <= ?",
                now.minus(SILENCE));
        if (Sql.number(em, "select count(*) from eva_export where status in ('PREPARING','RUNNING')") > 0) {
            return Optional.empty();
        }
        if (scheduledFor != null
                && Sql.number(em, "select count(*) from eva_export where scheduled_for = ?", scheduledFor) > 0) {
            return Optional.empty();
        }
        String sql = "insert into eva_export (project, key_id, status, scheduled_for, requested_by, requested_at,"
                + " heartbeat_at, directory) values (?,?,'PREPARING',?,?,?,?,?)";
        long id;
        try (PreparedStatement insert = Sql.connection(em).prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Sql.setAll(insert, project, keyId, scheduledFor, requestedBy, now, now, directory);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("claim export", e);
        }
        Sql.update(em, "update eva_export set directory = concat(directory, '/', id) where id = ?", id);
        log(id, requestedBy, "REQUESTED", null, scheduledFor == null ? "on demand" : "scheduled " + scheduledFor, now);
        return Optional.of(id);
    }

    /** Gives a claimed export its snapshot and size; it is then ready to run. */
    public void attach(long id, SnapshotStore.Snapshot snapshot, Instant now) {
        Sql.update(
                em,
                "update eva_export set snapshot_id = ?, months_total = ?, rows_total = ?, status = 'RUNNING',"
                        + " heartbeat_at = ? where id = ?",
                snapshot.id(),
                snapshot.months().size(),
                snapshot.rows(),
                now,
                id);
    }

    /** Makes an interrupted or failed export runnable again; it resumes after its checkpoint. */
    public boolean reopen(long id, String actor, Instant now) {
        int changed = Sql.update(
                em,
                "update eva_export set status = 'RUNNING', failure = null, finished_at = null, heartbeat_at = ?"
                        + " where id = ? and status in ('INTERRUPTED','FAILED') and snapshot_id is not null"
                        + " and not files_deleted",
                now,
                id);
        if (changed > 0) {
            log(id, actor, "RESTARTED", null, null, now);
        }
        return changed > 0;
    }

    public void started(long id, long execution, Instant now) {
        Sql.update(
                em,
                "update eva_export set started_at = coalesce(started_at, ?), execution_id = ?, heartbeat_at = ?"
                        + " where id = ?",
                now,
                execution,
                now,
                id);
    }

    /** The month after which a run resumes (null: from the first). */
    public Optional<YearMonth> checkpoint(long id) {
        LocalDate day = Sql.day(em, "select checkpoint_month from eva_export where id = ?", id);
        return Optional.ofNullable(day).map(YearMonth::from);
    }

    /** Records a month's file complete: the checkpoint, progress and heartbeat, and the file. */
    public void monthWritten(long id, YearMonth month, ExportView.ExportFile file, Instant now) {
        Sql.update(
                em,
                "update eva_export set checkpoint_month = ?, months_done = (select count(*) + 1 from eva_export_file"
                        + " where export_id = ? and rows_count is not null and name <> ?), rows_written = rows_written"
                        + " + ?, heartbeat_at = ? where id = ?",
                month.atEndOfMonth(),
                id,
                file.name(),
                file.rows(),
                now,
                id);
        file(id, file);
    }

    public void file(long id, ExportView.ExportFile file) {
        Sql.update(em, "delete from eva_export_file where export_id = ? and name = ?", id, file.name());
        Sql.update(
                em,
                "insert into eva_export_file (export_id, name, rows_count, bytes, sha256) values (?,?,?,?,?)",
                id,
                file.name(),
                file.rows(),
                file.bytes(),
                file.sha256());
    }

    public void finish(long id, String status, String failure, String actor, Instant now) {
        Sql.update(
                em,
                "update eva_export set status = ?, failure = ?, finished_at = ?, heartbeat_at = ? where id = ?",
                status,
                failure == null ? null : failure.substring(0, Math.min(1000, failure.length())),
                now,
                now,
                id);
        log(id, actor, status, null, failure, now);
    }

    public void log(long id, String actor, String event, String fileName, String detail, Instant now) {
        Sql.update(
                em,
                "insert into eva_export_delivery (export_id, at, actor, event, file_name, detail) values (?,?,?,?,?,?)",
                id,
                now,
                actor,
                event,
                fileName,
                detail == null ? null : detail.substring(0, Math.min(1000, detail.length())));
    }

    /** Completed exports beyond the newest {@code keep} whose files still exist. */
    public List<ExportView> beyondRetention(int keep) {
        return list("where status = 'COMPLETED' and not files_deleted and id not in (select id from (select id from"
                + " eva_export where status = 'COMPLETED' order by id desc limit " + Math.max(1, keep) + ") k)"
                + " order by id");
    }

    public void filesDeleted(long id, String actor, Instant now) {
        Sql.update(em, "update eva_export set files_deleted = true where id = ?", id);
        log(id, actor, "DELETED", null, "retention", now);
    }

    public String directory(long id) {
        try (PreparedStatement select =
                Sql.connection(em).prepareStatement("select directory from eva_export where id = ?")) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            throw Sql.failure("export directory", e);
        }
    }

    public Optional<ExportView> find(long id) {
        return list("where id = ?", id).stream().findFirst();
    }

    public List<ExportView> latest(int count) {
        return list("order by id desc limit " + Math.max(1, count));
    }

    /** The delivery log of an export, oldest first: time, actor, event, file, detail. */
    public List<String[]> deliveries(long id) {
        List<String[]> log = new ArrayList<>();
        String sql = "select at, actor, event, file_name, detail from eva_export_delivery where export_id = ?"
                + " order by id";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    log.add(new String[] {
                        String.valueOf(Sql.instant(rows, "at")),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5)
                    });
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("deliveries", e);
        }
        return log;
    }

    private List<ExportView> list(String where, Object... values) {
        String sql = "select id, snapshot_id, project, key_id, status, scheduled_for, requested_by, requested_at,"
                + " started_at, finished_at, months_done, months_total, rows_written, rows_total, failure,"
                + " files_deleted from eva_export " + where;
        List<ExportView> exports = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, values);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    long snapshot = rows.getLong("snapshot_id");
                    exports.add(new ExportView(
                            id,
                            rows.wasNull() ? null : snapshot,
                            rows.getString("project"),
                            rows.getString("key_id"),
                            rows.getString("status"),
                            Sql.date(rows, "scheduled_for"),
                            rows.getString("requested_by"),
                            Sql.instant(rows, "requested_at"),
                            Sql.instant(rows, "started_at"),
                            Sql.instant(rows, "finished_at"),
                            rows.getInt("months_done"),
                            rows.getInt("months_total"),
                            rows.getLong("rows_written"),
                            rows.getLong("rows_total"),
                            rows.getString("failure"),
                            rows.getBoolean("files_deleted"),
                            null));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("exports", e);
        }
        return exports.stream().map(this::withFiles).toList();
    }

    private ExportView withFiles(ExportView export) {
        List<ExportView.ExportFile> files = new ArrayList<>();
        String sql = "select name, rows_count, bytes, sha256 from eva_export_file where export_id = ? order by name";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, export.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong(2);
                    files.add(new ExportView.ExportFile(
                            rows.getString(1), rows.wasNull() ? null : count, rows.getLong(3), rows.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("export files", e);
        }
        return new ExportView(
                export.id(),
                export.snapshotId(),
                export.project(),
                export.keyId(),
                export.status(),
                export.scheduledFor(),
                export.requestedBy(),
                export.requestedAt(),
                export.startedAt(),
                export.finishedAt(),
                export.monthsDone(),
                export.monthsTotal(),
                export.rowsWritten(),
                export.rowsTotal(),
                export.failure(),
                export.filesDeleted(),
                List.copyOf(files));
    }
}
