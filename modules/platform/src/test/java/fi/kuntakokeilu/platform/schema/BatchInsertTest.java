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

    /**
     * Batched UPDATEs are not what batched INSERTs are: with the driver's defaults
     * ({@code useBulkStmts=false}, kept so that every row of a batch answers its exact update count)
     * a batch of updates is one statement per row even when prepared without generated keys. Code
     * that needs a single command for many updates writes one statement over many rows instead
     * (the custody ledger's moves).
     */
    @Test
    void aBatchOfUpdatesIsOneStatementPerRowWithExactCounts() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement sql = connection.createStatement()) {
                sql.execute("insert into batch_probe (name, born) select concat('probe ', seq), '1990-01-01'"
                        + " from seq_1_to_" + ROWS);
            }
            long before = com(connection, "Com_update");
            int[] counts;
            try (PreparedStatement update = Database.prepareBatchInsert(
                    connection, "update batch_probe set born = ? where name = ? and born = '1990-01-01'")) {
                for (int row = 0; row < ROWS; row++) {
                    update.setObject(1, java.time.LocalDate.of(1991, 1, 1));
                    update.setString(2, "probe " + (row % 2 == 0 ? row + 1 : -row));
                    update.addBatch();
                }
                counts = update.executeBatch();
            }

            assertThat(com(connection, "Com_update") - before).isEqualTo(ROWS);
            assertThat(counts[0]).isEqualTo(1);
            assertThat(counts[1]).isZero();
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
        return com(connection, "Com_insert");
    }

    private static long com(Connection connection, String counter) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet status = sql.executeQuery("show session status like '" + counter + "'")) {
            status.next();
            return status.getLong(2);
        }
    }
}
