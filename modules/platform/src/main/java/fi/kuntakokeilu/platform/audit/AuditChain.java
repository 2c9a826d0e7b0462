package fi.kuntakokeilu.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Seals and verifies the audit trail over plain JDBC, so the same code serves the server's
 * scheduled sealer and endpoint and an offline verification run straight against the database.
 *
 * <p>Only events older than a margin are sealed: an event whose transaction commits late would
 * otherwise land inside a range already sealed and look like tampering.
 */
public final class AuditChain {

    private AuditChain() {}

    /** A seal row as stored. */
    record Seal(long id, Long previousId, long fromEventId, long toEventId, int eventCount, String hash) {}

    /**
     * Seals the events after the last seal that are older than {@code margin}, at most {@code
     * maxEvents} of them, in one new block. Returns the new seal's id, or empty when there was
     * nothing to seal or another instance sealed the same block first.
     */
    public static Optional<Long> seal(Connection connection, Instant now, Duration margin, int maxEvents)
            throws SQLException {
        Optional<Seal> last = lastSeal(connection);
        long after = last.map(Seal::toEventId).orElse(0L);
        AuditBlock block = new AuditBlock(last.map(Seal::hash).orElse(null));
        long from = -1;
        long to = -1;
        try (PreparedStatement events = connection.prepareStatement(
                "select id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, request_id "
                        + "from audit_event where id > ? and occurred_at < ? order by id limit ?")) {
            events.setLong(1, after);
            events.setObject(2, LocalDateTime.ofInstant(now.minus(margin), ZoneOffset.UTC));
            events.setInt(3, maxEvents);
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    from = from < 0 ? id : from;
                    to = id;
                    add(block, rows);
                }
            }
        }
        if (block.count() == 0) {
            return Optional.empty();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into audit_seal (previous_seal_id, from_event_id, to_event_id, event_count, block_hash, sealed_at) "
                        + "values (?, ?, ?, ?, ?, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, last.map(Seal::id).orElse(null));
            insert.setLong(2, from);
            insert.setLong(3, to);
            insert.setLong(4, block.count());
            insert.setString(5, block.hash());
            insert.setObject(6, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return Optional.of(key.getLong(1));
            }
        } catch (SQLIntegrityConstraintViolationException anotherInstanceSealedFirst) {
            return Optional.empty();
        }
    }

    /** Recomputes every seal from its events and checks the links between seals. */
    public static ChainVerification verify(Connection connection) throws SQLException {
        long seals = 0;
        long sealedEvents = 0;
        String previousHash = null;
        Long previousId = null;
        long previousTo = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                        "select id, previous_seal_id, from_event_id, to_event_id, event_count, block_hash from audit_seal order by id");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Seal seal = new Seal(
                        rows.getLong(1),
                        (Long) rows.getObject(2, Long.class),
                        rows.getLong(3),
                        rows.getLong(4),
                        rows.getInt(5),
                        rows.getString(6));
                if (!java.util.Objects.equals(seal.previousId(), previousId) || seal.fromEventId() <= previousTo) {
                    return broken(seals, sealedEvents, connection, seal, "seal does not follow its predecessor");
                }
                AuditBlock block = recompute(connection, previousHash, previousTo, seal.toEventId());
                if (block.count() != seal.eventCount()) {
                    return broken(
                            seals,
                            sealedEvents,
                            connection,
                            seal,
                            "seal covers " + seal.eventCount() + " events, the table has " + block.count());
                }
                if (!block.hash().equals(seal.hash())) {
                    return broken(seals, sealedEvents, connection, seal, "an event of the block was changed");
                }
                seals++;
                sealedEvents += seal.eventCount();
                previousHash = seal.hash();
                previousId = seal.id();
                previousTo = seal.toEventId();
            }
        }
        return new ChainVerification(seals, sealedEvents, unsealed(connection, previousTo), true, null, null);
    }

    private static AuditBlock recompute(Connection connection, String previousHash, long after, long upTo)
            throws SQLException {
        AuditBlock block = new AuditBlock(previousHash);
        try (PreparedStatement events = connection.prepareStatement(
                "select id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, request_id "
                        + "from audit_event where id > ? and id <= ? order by id")) {
            events.setLong(1, after);
            events.setLong(2, upTo);
            events.setFetchSize(1000);
            try (ResultSet rows = events.executeQuery()) {
                while (rows.next()) {
                    add(block, rows);
                }
            }
        }
        return block;
    }

    private static void add(AuditBlock block, ResultSet rows) throws SQLException {
        block.add(
                rows.getLong(1),
                rows.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getString(8),
                rows.getString(9));
    }

    private static ChainVerification broken(long seals, long events, Connection connection, Seal seal, String problem)
            throws SQLException {
        return new ChainVerification(
                seals, events, unsealed(connection, seal.fromEventId() - 1), false, seal.id(), problem);
    }

    private static long unsealed(Connection connection, long after) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("select count(*) from audit_event where id > ?")) {
            count.setLong(1, after);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Optional<Seal> lastSeal(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "select id, previous_seal_id, from_event_id, to_event_id, event_count, block_hash "
                                + "from audit_seal order by id desc limit 1");
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new Seal(
                    rows.getLong(1),
                    (Long) rows.getObject(2, Long.class),
                    rows.getLong(3),
                    rows.getLong(4),
                    rows.getInt(5),
                    rows.getString(6)));
        }
    }
}
