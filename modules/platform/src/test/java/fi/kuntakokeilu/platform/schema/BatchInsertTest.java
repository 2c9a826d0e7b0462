package fi.kuntakokeilu.platform.schema;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A batch of inserts reaches MariaDB as one command when prepared through {@link
 * Database#prepareBatchInsert}, and as one statement per row when prepared the way Payara's
 * connection wrapper prepares a plain {@code prepareStatement(sql)} (with a result-set type and
 * concurrency). Counted by the server itself: {@code Com_insert} of the session.
 */
class BatchInsertTest {

    private static final int ROWS = 500;
    private static final String INSERT = "insert into batch_probe (name, born) values (?, ?)";

    private static EmbeddedMariaDb server;
    private static MariaDbDataSource dataSource;

    @BeforeAll
    static void startDatabase() throws SQLException {
        server = EmbeddedMariaDb.start(Path.of(System.getProperty("basedir", "."), "target", "test-mariadb"), 0);
        server.recreateSchema("batch_insert_test");
        dataSource = new MariaDbDataSource(server.jdbcUrl("batch_insert_test"));
        dataSource.setUser("root");
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create table batch_probe (id bigint auto_increment primary key, name varchar(20), born date)");
        }
    }

    @AfterAll
    static void stopDatabase() {
        server.close();
    }

    @Test
    void aBatchPreparedForInsertIsOneCommand() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            long inserts = insertsOf(connection, Database.prepareBatchInsert(connection, INSERT));

            assertThat(inserts).isEqualTo(1);
        }
    }

    @Test
    void theFormPayaraPassesOnIsOneStatementPerRow() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PreparedStatement wrapped =
                    connection.prepareStatement(INSERT, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);

            assertThat(insertsOf(connection, wrapped)).isEqualTo(ROWS);
        }
    }

    /** Runs a batch of {@link #ROWS} rows and answers how many INSERT statements the server ran. */
    private static long insertsOf(Connection connection, PreparedStatement insert) throws SQLException {
        long before = comInsert(connection);
        try (insert) {
            for (int row = 0; row < ROWS; row++) {
                insert.setString(1, "person " + row);
                insert.setObject(2, java.time.LocalDate.of(1990, 1, 1).plusDays(row));
                insert.addBatch();
            }
            assertThat(insert.executeBatch()).hasSize(ROWS);
        }
        return comInsert(connection) - before;
    }

    private static long comInsert(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet status = sql.executeQuery("show session status like 'Com_insert'")) {
            status.next();
            return status.getLong(2);
        }
    }
}
