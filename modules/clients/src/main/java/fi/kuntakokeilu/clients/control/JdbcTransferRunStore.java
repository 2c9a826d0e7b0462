package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.PreviewItem;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferCounts;
import fi.kuntakokeilu.clients.TransferRunStatus;
import fi.kuntakokeilu.clients.TransferRunView;
import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.schema.Database;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Bulk transfer runs in {@code cli_transfer_run}: status, progress, the checkpoint (the last job
 * seeker id whose chunk committed), counts and the preview items. Progress, checkpoint, counts and
 * items are written in each chunk's own transaction, so they always agree with the transfers made.
 */
@ApplicationScoped
public class JdbcTransferRunStore {

    /** Count dimensions. */
    public static final String AREA = "AREA";

    public static final String OFFICE = "OFFICE";
    public static final String BASIS = "BASIS";
    public static final String CRITERION = "CRITERION";

    /** The statuses of a run that should still end: not COMPLETED, not FAILED. */
    private static final String UNFINISHED = "('STARTING', 'RUNNING', 'INTERRUPTED')";

    @PersistenceContext
    EntityManager em;

    protected JdbcTransferRunStore() {}

    public JdbcTransferRunStore(EntityManager em) {
        this.em = em;
    }

    /** One would-be or actual transfer of a run, for its preview. */
    public record Item(
            long jobSeekerId,
            ResponsibleBody from,
            ResponsibleBody to,
            LegalBasis basis,
            Integer ruleVersion,
            String criteria) {}

    public long create(LocalDate effectiveDate, String trialArea, boolean dryRun, Caller requestedBy, Instant now) {
        String sql = "insert into cli_transfer_run (effective_date, trial_area, dry_run, status, requested_by,"
                + " requested_role, requested_at) values (?,?,?,?,?,?,?)";
        try (PreparedStatement insert = Sql.connection(em).prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Sql.setAll(
                    insert,
                    effectiveDate,
                    trialArea,
                    dryRun,
                    TransferRunStatus.STARTING,
                    requestedBy.username(),
                    requestedBy.role(),
                    now);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("create transfer run", e);
        }
    }

    public Optional<TransferRunView> find(long id) {
        String sql = "select * from cli_transfer_run where id = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new TransferRunView(
                        rows.getLong("id"),
                        Sql.date(rows, "effective_date"),
                        rows.getString("trial_area"),
                        rows.getBoolean("dry_run"),
                        TransferRunStatus.valueOf(rows.getString("status")),
                        rows.getLong("processed"),
                        rows.getLong("total"),
                        counts(id),
                        rows.getString("requested_by"),
                        Sql.instant(rows, "requested_at"),
                        Sql.instant(rows, "started_at"),
                        Sql.instant(rows, "finished_at"),
                        rows.getString("failure")));
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer run", e);
        }
    }

    /** Who asked for a run, as the audit trail names them for the run's transfers. */
    public Optional<Caller> requester(long id) {
        String sql = "select requested_by, requested_role from cli_transfer_run where id = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.of(new Caller(
                                rows.getString(1), Role.valueOf(rows.getString(2)), Set.of(), null, Languages.DEFAULT))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer run", e);
        }
    }

    /** The last job seeker id of the last committed chunk: a run resumes after it. */
    public long checkpoint(long id) {
        return number("select last_job_seeker_id from cli_transfer_run where id = ?", id);
    }

    public Optional<Instant> heartbeat(long id) {
        String sql = "select coalesce(heartbeat_at, requested_at) from cli_transfer_run where id = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next()
                        ? Optional.ofNullable(rows.getObject(1, java.time.LocalDateTime.class))
                                .map(utc -> utc.toInstant(java.time.ZoneOffset.UTC))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer run", e);
        }
    }

    /**
     * Runs that should be going but have shown no sign of life since the cutoff: their server died
     * (or hangs), or they were interrupted (the database went away under them, or an instance
     * claimed them and could not start them again) and nobody has taken them up since. Oldest first.
     */
    public List<Long> silentSince(Instant cutoff) {
        String sql = "select id from cli_transfer_run where status in " + UNFINISHED
                + " and coalesce(heartbeat_at, requested_at) < ? order by id";
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, cutoff);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer runs", e);
        }
        return ids;
    }

    /**
     * Marks a run interrupted if it is still silent since the cutoff; false when it has meanwhile
     * finished, beaten again or been taken over by someone else. The row lock of this update makes
     * the claim: of several instances trying at once, exactly one succeeds. The claim beats the
     * heartbeat, so a claimed run whose restart never gets going is found again after the timeout.
     */
    public boolean interruptIfSilent(long id, Instant cutoff, String failure, Instant now) {
        String sql = "update cli_transfer_run set status = 'INTERRUPTED', failure = ?, finished_at = ?,"
                + " heartbeat_at = ? where id = ? and status in " + UNFINISHED
                + " and coalesce(heartbeat_at, requested_at) < ?";
        try (PreparedStatement update = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(update, failure, now, now, id, cutoff);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure("interrupt transfer run", e);
        }
    }

    /**
     * Marks a run interrupted for a restart if it is still as the caller last saw it (same status,
     * same heartbeat); false when it has changed since, e.g. because another instance's watchdog
     * claimed it in the meantime. Like {@link #interruptIfSilent}, the row lock makes the claim.
     */
    public boolean interruptIfUnchanged(
            long id, TransferRunStatus seen, Instant seenHeartbeat, String failure, Instant now) {
        String sql = "update cli_transfer_run set status = 'INTERRUPTED', failure = ?, finished_at = ?,"
                + " heartbeat_at = ? where id = ? and status = ? and coalesce(heartbeat_at, requested_at) = ?";
        try (PreparedStatement update = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(update, failure, now, now, id, seen.name(), seenHeartbeat);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw Sql.failure("interrupt transfer run", e);
        }
    }

    /** The job began (or resumed): how many job seekers it will go through in all. */
    public void markRunning(long id, long total, Instant now) {
        update(
                "update cli_transfer_run set status = 'RUNNING', total = ?, started_at = coalesce(started_at, ?),"
                        + " heartbeat_at = ?, finished_at = null, failure = null where id = ?",
                total,
                now,
                now,
                id);
    }

    public void recordExecution(long id, long executionId) {
        update("update cli_transfer_run set execution_id = ? where id = ?", executionId, id);
    }

    /** Advances progress and the checkpoint, in the chunk's transaction. */
    public void advance(long id, int processed, long lastJobSeekerId, Instant now) {
        update(
                "update cli_transfer_run set processed = processed + ?, last_job_seeker_id = ?, heartbeat_at = ?"
                        + " where id = ? and last_job_seeker_id < ?",
                processed,
                lastJobSeekerId,
                now,
                id,
                lastJobSeekerId);
    }

    public void finish(long id, TransferRunStatus status, String failure, Instant now) {
        update(
                "update cli_transfer_run set status = ?, failure = ?, finished_at = ?, heartbeat_at = ? where id = ?",
                status,
                failure == null ? null : failure.substring(0, Math.min(1000, failure.length())),
                now,
                now,
                id);
    }

    /**
     * Adds a chunk's counts: dimension → key → count, in one statement (a batch of this upsert goes
     * to the server a statement per row: the driver's bulk protocol takes plain inserts only).
     */
    public void addCounts(long id, Map<String, Map<String, Long>> counts) {
        List<Object> values = new ArrayList<>();
        for (var dimension : counts.entrySet()) {
            for (var count : dimension.getValue().entrySet()) {
                values.addAll(List.of(id, dimension.getKey(), count.getKey(), count.getValue()));
            }
        }
        if (values.isEmpty()) {
            return;
        }
        String sql = "insert into cli_transfer_run_count (transfer_run_id, dimension, count_key, count_value) values "
                + String.join(",", Collections.nCopies(values.size() / 4, "(?,?,?,?)"))
                + " on duplicate key update count_value = count_value + values(count_value)";
        try (PreparedStatement upsert = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(upsert, values.toArray());
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("count transfer run", e);
        }
    }

    public void addItems(long id, Collection<Item> items) {
        if (items.isEmpty()) {
            return;
        }
        String sql = "insert ignore into cli_transfer_run_item (transfer_run_id, job_seeker_id, from_type, from_key,"
                + " to_type, to_key, legal_basis, rule_version, matched_criteria) values (?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement insert = Database.prepareBatchInsert(Sql.connection(em), sql)) {
            for (Item item : items) {
                Sql.setAll(
                        insert,
                        id,
                        item.jobSeekerId(),
                        item.from().type(),
                        item.from().key(),
                        item.to().type(),
                        item.to().key(),
                        item.basis(),
                        item.ruleVersion(),
                        item.criteria());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("write transfer run items", e);
        }
    }

    public TransferCounts counts(long id) {
        Map<String, Map<String, Long>> byDimension = new TreeMap<>();
        String sql = "select dimension, count_key, count_value from cli_transfer_run_count where transfer_run_id = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    byDimension
                            .computeIfAbsent(rows.getString(1), d -> new TreeMap<>())
                            .put(rows.getString(2), rows.getLong(3));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer run counts", e);
        }
        Map<String, Long> byBasis = byDimension.getOrDefault(BASIS, Map.of());
        return new TransferCounts(
                byBasis.values().stream().mapToLong(Long::longValue).sum(),
                byDimension.getOrDefault(AREA, Map.of()),
                byDimension.getOrDefault(OFFICE, Map.of()),
                byBasis,
                byDimension.getOrDefault(CRITERION, Map.of()));
    }

    /** Whom a run transfers, optionally only to one receiving body, by name. */
    public Page<PreviewItem> preview(long id, ResponsibleBody receiving, int page, int size) {
        String where =
                " where i.transfer_run_id = ?" + (receiving == null ? "" : " and i.to_type = ? and i.to_key = ?");
        List<Object> values = new ArrayList<>(List.of(id));
        if (receiving != null) {
            values.add(receiving.type());
            values.add(receiving.key());
        }
        long total = number("select count(*) from cli_transfer_run_item i" + where, values.toArray());
        String sql = "select i.*, j.first_name, j.last_name from cli_transfer_run_item i"
                + " join cli_job_seeker j on j.id = i.job_seeker_id" + where
                + " order by i.to_type, i.to_key, j.last_name, j.first_name, i.job_seeker_id limit ? offset ?";
        values.add(size);
        values.add((long) page * size);
        List<PreviewItem> items = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, values.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    items.add(new PreviewItem(
                            rows.getLong("job_seeker_id"),
                            rows.getString("first_name"),
                            rows.getString("last_name"),
                            new ResponsibleBody(
                                    BodyType.valueOf(rows.getString("from_type")), rows.getString("from_key")),
                            new ResponsibleBody(BodyType.valueOf(rows.getString("to_type")), rows.getString("to_key")),
                            LegalBasis.valueOf(rows.getString("legal_basis")),
                            Sql.integer(rows, "rule_version"),
                            Decision.parseCriteria(rows.getString("matched_criteria"))));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer run preview", e);
        }
        return new Page<>(items, page, size, total);
    }

    /** Job seekers a run on a day goes through: those registered by then. */
    public long population(LocalDate day) {
        return number("select count(*) from cli_job_seeker where registered_on <= ?", day);
    }

    private long number(String sql, Object... values) {
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, values);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer run", e);
        }
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(statement, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("update transfer run", e);
        }
    }
}
