package fi.kuntakokeilu.platform.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** The application's one data source, defined by the web module and used by every module. */
public final class Database {

    /** JNDI name of the data source ({@code @Resource(lookup = Database.DATA_SOURCE)}). */
    public static final String DATA_SOURCE = "java:app/jdbc/kuntakokeilu";

    private Database() {}

    /**
     * Prepares an {@code INSERT} that is sent as a JDBC batch, so that MariaDB receives the whole
     * batch as one bulk command instead of one statement per row.
     *
     * <p>Why not {@code prepareStatement(sql)}: inside Payara the pool's connection wrapper passes
     * it on as {@code prepareStatement(sql, TYPE_FORWARD_ONLY, CONCUR_READ_ONLY)}, and
     * mariadb-java-client 3 prepares that form as if generated keys were asked for. A batch of such
     * a statement can use neither the bulk protocol (MariaDB before 11.5 cannot answer a bulk
     * command with a key per row) nor the multi-row rewrite, and the driver falls back to a
     * pipeline of single-row statements: several times slower for an import or a transfer run.
     * Naming {@link Statement#NO_GENERATED_KEYS} keeps the bulk path on every connection.
     */
    public static PreparedStatement prepareBatchInsert(Connection connection, String sql) throws SQLException {
        return connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
    }
}
