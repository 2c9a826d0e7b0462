package fi.kuntakokeilu.bench;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.embedded.PayaraMicroServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Comparator;

/**
 * What the scenarios run against: a fresh embedded MariaDB and the built WAR on Payara Micro with a
 * bounded heap, configured as production is (no demo data; the first administrator from the
 * bootstrap settings).
 */
final class Environment implements AutoCloseable {

    static final String SCHEMA = "bench";
    static final String ADMIN = "bench.admin";
    static final String PASSWORD = "benchmark password 2026";

    /** A pseudonymisation key for the run's exports only (32 random bytes, base64). */
    private static final String EXPORT_KEY = exportKey();

    final Options options;
    final EmbeddedMariaDb db;
    PayaraMicroServer server;
    Http http;

    private Environment(Options options, EmbeddedMariaDb db) {
        this.options = options;
        this.db = db;
    }

    static Environment create(Options options) throws IOException {
        Path dbHome = options.work().resolve("mariadb");
        if (!options.reuse()) {
            deleteRecursively(dbHome);
        } else if (!Files.isDirectory(dbHome.resolve("data"))) {
            throw new IllegalStateException("bench.reuse: no previous run's database under " + dbHome);
        }
        System.setProperty("kuntakokeilu.db.buffer-pool", options.bufferPool());
        System.setProperty("kuntakokeilu.db.redo-log", options.redoLog());
        System.setProperty(
                "kuntakokeilu.db.secure-file-priv",
                options.work().resolve("outfile").toAbsolutePath().toString());
        return new Environment(options, EmbeddedMariaDb.start(dbHome, 0));
    }

    /** Starts the server with the configured heap and waits until it is ready; returns the seconds it took. */
    double startServer() {
        return startServer(options.serverHeap());
    }

    /**
     * Starts the server with a heap ({@code -Xmx}) and waits until it is ready; returns the seconds
     * it took. The exports go under the work directory with a pseudonymisation key made for the run,
     * and the nightly export's time is set an hour back so that its timer does not fire during a run.
     */
    double startServer(String heap) {
        long begin = System.nanoTime();
        server = PayaraMicroServer.start(new PayaraMicroServer.Options(options.payaraMicro(), options.war())
                        .workDir(options.work().resolve("payara"))
                        .port(0)
                        .bindAddress("127.0.0.1")
                        .heap(heap)
                        .logTo(options.work().resolve("server-" + System.currentTimeMillis() + ".log"))
                        .systemProperty("kuntakokeilu.db.url", db.jdbcUrl(SCHEMA))
                        .systemProperty("kuntakokeilu.db.user", "root")
                        .systemProperty("kuntakokeilu.db.password", "")
                        .systemProperty("organisations.bootstrap.admin-username", ADMIN)
                        .systemProperty("organisations.bootstrap.admin-password", PASSWORD)
                        .systemProperty(
                                "evaluation.export.directory",
                                options.work()
                                        .resolve("exports")
                                        .toAbsolutePath()
                                        .toString())
                        .systemProperty("evaluation.export.key-id", "bench")
                        .systemProperty("evaluation.export.key.bench", EXPORT_KEY)
                        .systemProperty(
                                "evaluation.export.at",
                                LocalTime.now(ZoneId.of("Europe/Helsinki"))
                                        .minusHours(1)
                                        .truncatedTo(ChronoUnit.MINUTES)
                                        .toString()))
                .awaitReady(options.readyTimeout());
        http = new Http(server.baseUri(), options.clients());
        return (System.nanoTime() - begin) / 1e9;
    }

    void stopServer() {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    Connection connection() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(SCHEMA), "root", "");
    }

    /** A connection to a scratch schema for the floors, so they never disturb the application's tables. */
    Connection floorConnection() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl("bench_floor") + "&useBulkStmts=true", "root", "");
    }

    private static String exportKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public void close() {
        stopServer();
        db.close();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
