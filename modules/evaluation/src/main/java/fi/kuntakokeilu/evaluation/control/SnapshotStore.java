package fi.kuntakokeilu.evaluation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * As-of snapshots ({@code eva_snapshot}): the panel as it stands, recorded by its data version (the
 * highest source ids it was built from), its rules and indicator versions and every month's row
 * count and fingerprint, with a checksum over all of them. Rebuilding the panel with the same
 * source version and rules gives the same fingerprints, so the snapshot can be checked against the
 * panel before anything is exported from it, and re-exported byte for byte.
 */
@ApplicationScoped
public class SnapshotStore {

    @PersistenceContext
    EntityManager em;

    protected SnapshotStore() {}

    public SnapshotStore(EntityManager em) {
        this.em = em;
    }

    /** A snapshot and its months. */
    public record Snapshot(
            long id,
            SourceVersion sources,
            int rulesVersion,
            int indicatorVersion,
            long rows,
            String checksum,
            List<PanelBuilder.PanelMonth> months) {

        public YearMonth firstMonth() {
            return months.get(0).month();
        }

        public YearMonth lastMonth() {
            return months.get(months.size() - 1).month();
        }
    }

    /**
     * Records the panel as it stands. Empty when the panel holds no month, or its months were built
     * from different source versions or rules (a month rebuilt alone on newer data): then only a full
     * rebuild makes a consistent snapshot.
     */
    public Optional<Snapshot> create(Instant now) {
        List<PanelBuilder.PanelMonth> months = new PanelBuilder(em).months();
        if (months.isEmpty()
                || months.stream().map(m -> m.sources()).distinct().count() > 1
                || months.stream().map(m -> m.rulesVersion()).distinct().count() > 1) {
            return Optional.empty();
        }
        SourceVersion sources = months.get(0).sources();
        int rules = months.get(0).rulesVersion();
        long rows = months.stream().mapToLong(PanelBuilder.PanelMonth::rows).sum();
        String checksum = checksum(sources, rules, IndicatorCatalogue.VERSION, months);
        String sql = "insert into eva_snapshot (created_at, max_job_seeker_id, max_situation_id, max_transfer_id,"
                + " panel_rules_version, indicator_version, first_month, last_month, rows_count, checksum)"
                + " values (?,?,?,?,?,?,?,?,?,?)";
        long id;
        try (PreparedStatement insert = Sql.connection(em).prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Sql.setAll(
                    insert,
                    now,
                    sources.maxJobSeekerId(),
                    sources.maxSituationId(),
                    sources.maxTransferId(),
                    rules,
                    IndicatorCatalogue.VERSION,
                    months.get(0).month().atEndOfMonth(),
                    months.get(months.size() - 1).month().atEndOfMonth(),
                    rows,
                    checksum);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("create snapshot", e);
        }
        try (PreparedStatement insert = Sql.connection(em)
                .prepareStatement("insert into eva_snapshot_month (snapshot_id, month_end, rows_count, fingerprint)"
                        + " values (?,?,?,?)")) {
            for (PanelBuilder.PanelMonth month : months) {
                Sql.setAll(insert, id, month.month().atEndOfMonth(), month.rows(), month.fingerprint());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("create snapshot months", e);
        }
        return Optional.of(new Snapshot(id, sources, rules, IndicatorCatalogue.VERSION, rows, checksum, months));
    }

    public Optional<Snapshot> find(long id) {
        String sql = "select max_job_seeker_id, max_situation_id, max_transfer_id, panel_rules_version,"
                + " indicator_version, rows_count, checksum from eva_snapshot where id = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                SourceVersion sources = new SourceVersion(rows.getLong(1), rows.getLong(2), rows.getLong(3));
                int rules = rows.getInt(4);
                return Optional.of(new Snapshot(
                        id,
                        sources,
                        rules,
                        rows.getInt(5),
                        rows.getLong(6),
                        rows.getString(7),
                        months(id, sources, rules)));
            }
        } catch (SQLException e) {
            throw Sql.failure("snapshot " + id, e);
        }
    }

    private List<PanelBuilder.PanelMonth> months(long id, SourceVersion sources, int rules) {
        List<PanelBuilder.PanelMonth> months = new ArrayList<>();
        String sql = "select month_end, rows_count, fingerprint from eva_snapshot_month where snapshot_id = ?"
                + " order by month_end";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    months.add(new PanelBuilder.PanelMonth(
                            YearMonth.from(rows.getObject(1, LocalDate.class)),
                            rows.getLong(2),
                            rows.getString(3),
                            sources,
                            rules));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("snapshot months " + id, e);
        }
        return months;
    }

    /** Whether the panel's month is still exactly what the snapshot recorded. */
    public boolean panelMatches(Snapshot snapshot, YearMonth month) {
        Optional<PanelBuilder.PanelMonth> now = new PanelBuilder(em).month(month);
        return now.isPresent()
                && snapshot.months().stream()
                        .anyMatch(m -> m.month().equals(month)
                                && m.fingerprint().equals(now.get().fingerprint())
                                && m.rows() == now.get().rows()
                                && now.get().sources().equals(snapshot.sources())
                                && now.get().rulesVersion() == snapshot.rulesVersion());
    }

    static String checksum(SourceVersion sources, int rules, int indicators, List<PanelBuilder.PanelMonth> months) {
        StringBuilder text = new StringBuilder()
                .append(sources.maxJobSeekerId())
                .append('|')
                .append(sources.maxSituationId())
                .append('|')
                .append(sources.maxTransferId())
                .append('|')
                .append(rules)
                .append('|')
                .append(indicators);
        for (PanelBuilder.PanelMonth month : months) {
            text.append('\n')
                    .append(month.month())
                    .append('|')
                    .append(month.rows())
                    .append('|')
                    .append(month.fingerprint());
        }
        return PanelBuilder.sha256(text.toString());
    }
}
