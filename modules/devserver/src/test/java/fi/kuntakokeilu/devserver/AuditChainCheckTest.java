package fi.kuntakokeilu.devserver;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.platform.audit.AuditChain;
import fi.kuntakokeilu.platform.schema.SchemaMigrator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/** The audit verification command reads the chain from the database and says whether it holds. */
class AuditChainCheckTest {

    private static EmbeddedMariaDb server;
    private static String url;

    @BeforeAll
    static void startDatabase() throws SQLException {
        server = EmbeddedMariaDb.start(Path.of(System.getProperty("basedir", "."), "target", "test-mariadb"), 0);
        server.recreateSchema("audit_check");
        url = server.jdbcUrl("audit_check");
        MariaDbDataSource dataSource = new MariaDbDataSource(url);
        dataSource.setUser("root");
        SchemaMigrator.migrate(dataSource, List.of("platform"));
    }

    @AfterAll
    static void stopDatabase() {
        server.close();
    }

    @Test
    void saysIntactForASealedTrailAndBrokenOnceASealedEventIsRewritten() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement sql = connection.createStatement()) {
            sql.executeUpdate("insert into audit_event (occurred_at, actor, actor_role, action, subject_type,"
                    + " subject_id, purpose) values ('2026-11-20 10:00:00', 'caseworker.espoo', 'CASEWORKER',"
                    + " 'READ', 'job-seeker', '42', 'view job seeker')");
            AuditChain.seal(connection, Instant.parse("2026-11-20T12:00:00Z"), Duration.ofMinutes(5), 1000);
        }
        ByteArrayOutputStream intact = new ByteArrayOutputStream();
        assertThat(AuditChainCheck.check(url, "root", "", new PrintStream(intact, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(intact.toString(StandardCharsets.UTF_8)).contains("1 seals over 1 events", "intact");

        try (Connection connection = DriverManager.getConnection(url, "root", "");
                Statement sql = connection.createStatement()) {
            sql.execute("drop trigger audit_event_no_update");
            sql.executeUpdate("update audit_event set actor = 'somebody.else'");
        }
        ByteArrayOutputStream broken = new ByteArrayOutputStream();
        assertThat(AuditChainCheck.check(url, "root", "", new PrintStream(broken, true, StandardCharsets.UTF_8)))
                .isEqualTo(1);
        assertThat(broken.toString(StandardCharsets.UTF_8)).contains("BROKEN at seal");
    }

    @Test
    void saysWhenTheDatabaseCannotBeRead() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(AuditChainCheck.check(
                        "jdbc:mariadb://127.0.0.1:1/none",
                        "root",
                        "",
                        new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Cannot read the audit trail");
    }
}
