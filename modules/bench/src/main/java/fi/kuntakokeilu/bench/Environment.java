package fi.kuntakokeilu.bench;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.embedded.PayaraMicroServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
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
        deleteRecursively(dbHome);
        System.setProperty("kuntakokeilu.db.buffer-pool", options.bufferPool());
        return new Environment(options, EmbeddedMariaDb.start(dbHome, 0));
    }

    /** Starts the server and waits until it is ready; returns the seconds it took. */
    double startServer() {
        long begin = System.nanoTime();
        server = PayaraMicroServer.start(new PayaraMicroServer.Options(options.payaraMicro(), options.war())
                        .workDir(options.work().resolve("payara"))
                        .port(0)
                        .bindAddress("127.0.0.1")
                        .heap(options.serverHeap())
                        .logTo(options.work().resolve("server-" + System.currentTimeMillis() + ".log"))
                        .systemProperty("kuntakokeilu.db.url", db.jdbcUrl(SCHEMA))
                        .systemProperty("kuntakokeilu.db.user", "root")
                        .systemProperty("kuntakokeilu.db.password", "")
                        .systemProperty("organisations.bootstrap.admin-username", ADMIN)
                        .systemProperty("organisations.bootstrap.admin-password", PASSWORD))
                .awaitReady(Duration.ofMinutes(5));
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
