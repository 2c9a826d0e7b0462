package fi.kuntakokeilu.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.platform.schema.SchemaMigrator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The audit trail is tamper-evident: sealed blocks chain by hash, and a changed, removed or
 * inserted event in a sealed range is found. Runs against a real MariaDB with the platform's
 * migrations (the triggers that refuse updates are bypassed here the way an attacker with the
 * database's superuser rights could: by dropping them).
 */
class AuditChainTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private static EmbeddedMariaDb server;
    private static MariaDbDataSource dataSource;

    @BeforeAll
    static void startDatabase() throws SQLException {
        server = EmbeddedMariaDb.start(Path.of(System.getProperty("basedir", "."), "target", "test-mariadb"), 0);
        server.recreateSchema("audit_chain_test");
        dataSource = new MariaDbDataSource(server.jdbcUrl("audit_chain_test"));
        dataSource.setUser("root");
        SchemaMigrator.migrate(dataSource, List.of("platform"));
    }

    @AfterAll
    static void stopDatabase() {
        server.close();
    }

    @BeforeEach
    void emptyTrail() throws SQLException {
        sql("drop trigger if exists audit_event_no_delete", "drop trigger if exists audit_seal_no_delete");
        sql("delete from audit_seal order by id desc", "delete from audit_event");
        sql(
                "create trigger audit_event_no_delete before delete on audit_event for each row "
                        + "signal sqlstate '45000' set message_text = 'audit_event is append-only'",
                "create trigger audit_seal_no_delete before delete on audit_seal for each row "
                        + "signal sqlstate '45000' set message_text = 'audit_seal is append-only'");
    }

    @Test
    void sealsOnlyEventsOlderThanTheMargin() throws SQLException {
        event("caseworker.helsinki", "READ", "job-seeker", "1", NOW.minus(Duration.ofMinutes(10)));
        event("caseworker.helsinki", "READ", "job-seeker", "2", NOW.minus(Duration.ofMinutes(1)));

        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChain.seal(connection, NOW, MARGIN, 1000)).isPresent();
            ChainVerification verification = AuditChain.verify(connection);

            assertThat(verification.valid()).isTrue();
            assertThat(verification.sealedEvents()).isEqualTo(1);
            assertThat(verification.unsealedEvents()).isEqualTo(1);
        }
    }

    @Test
    void chainsBlocksAndVerifiesThemAll() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (int block = 0; block < 3; block++) {
                for (int i = 0; i < 4; i++) {
                    event("office.uusimaa", "UPDATE", "job-seeker", block + "-" + i, NOW.minus(Duration.ofHours(1)));
                }
                assertThat(AuditChain.seal(connection, NOW, MARGIN, 1000)).isPresent();
            }
            assertThat(AuditChain.seal(connection, NOW, MARGIN, 1000)).isEmpty();

            assertThat(AuditChain.verify(connection)).isEqualTo(new ChainVerification(3, 12, 0, true, null, null));
        }
    }

    @Test
    void findsAChangedEvent() throws SQLException {
        long id = event("caseworker.espoo", "READ", "job-seeker", "42", NOW.minus(Duration.ofHours(1)));
        sealAll();

        sql(
                "drop trigger audit_event_no_update",
                "update audit_event set actor = 'somebody.else' where id = " + id,
                "create trigger audit_event_no_update before update on audit_event for each row "
                        + "signal sqlstate '45000' set message_text = 'audit_event is append-only'");

        try (Connection connection = dataSource.getConnection()) {
            ChainVerification verification = AuditChain.verify(connection);
            assertThat(verification.valid()).isFalse();
            assertThat(verification.problem()).contains("changed");
        }
    }

    @Test
    void findsARemovedEvent() throws SQLException {
        event("caseworker.espoo", "READ", "job-seeker", "7", NOW.minus(Duration.ofHours(1)));
        long removed = event("caseworker.espoo", "READ", "job-seeker", "8", NOW.minus(Duration.ofHours(1)));
        sealAll();

        sql("drop trigger audit_event_no_delete", "delete from audit_event where id = " + removed);

        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChain.verify(connection).problem()).contains("covers 2 events, the table has 1");
        }
    }

    @Test
    void findsAnEventSlippedIntoASealedRange() throws SQLException {
        long first = event("admin", "READ", "job-seeker", "1", NOW.minus(Duration.ofHours(2)));
        event("admin", "READ", "job-seeker", "3", NOW.minus(Duration.ofHours(2)));
        sql("drop trigger audit_event_no_delete", "delete from audit_event where id = " + first);
        sealAll();

        sql("insert into audit_event (id, occurred_at, actor, actor_role, action, subject_type, subject_id, purpose) "
                + "values (" + first + ", '2026-11-20 10:00:00', 'admin', 'ADMIN', 'READ', 'job-seeker', '2', 'test')");

        try (Connection connection = dataSource.getConnection()) {
            assertThat(AuditChain.verify(connection).valid()).isFalse();
        }
    }

    @Test
    void letsOnlyOneSealFollowEachSeal() throws SQLException {
        event("admin", "READ", "job-seeker", "1", NOW.minus(Duration.ofHours(1)));
        sealAll();

        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(
                            "insert into audit_seal (previous_seal_id, from_event_id, to_event_id, event_count, block_hash, "
                                    + "sealed_at) values (null, 1, 1, 1, 'a second first seal', now())"))
                    .isInstanceOf(SQLException.class);
        }
    }

    private static void sealAll() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            while (AuditChain.seal(connection, NOW, MARGIN, 1000).isPresent()) {
                // until nothing is left to seal
            }
        }
    }

    private static long event(String actor, String action, String type, String subject, Instant at)
            throws SQLException {
        try (Connection connection = dataSource.getConnection();
                var insert = connection.prepareStatement(
                        "insert into audit_event (occurred_at, actor, actor_role, action, subject_type, subject_id, purpose, request_id) "
                                + "values (?, ?, 'CASEWORKER', ?, ?, ?, 'test', 'request-1')",
                        Statement.RETURN_GENERATED_KEYS)) {
            insert.setObject(1, java.time.LocalDateTime.ofInstant(at, java.time.ZoneOffset.UTC));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, type);
            insert.setString(5, subject);
            insert.executeUpdate();
            try (var keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void sql(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
