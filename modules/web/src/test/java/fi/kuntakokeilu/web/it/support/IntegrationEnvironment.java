package fi.kuntakokeilu.web.it.support;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.embedded.PayaraMicroServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * The real parts every integration test runs against, made once per test run: one embedded
 * MariaDB, and (when the first HTTP or browser test asks for it) one Payara Micro running the built
 * WAR in demo mode. The Arquillian test deploys its own Payara against the same database, in a
 * schema of its own.
 *
 * <p>Active only in the integration-test run ({@code kuntakokeilu.it=true}, set by failsafe); it
 * starts the database before any test class, because Arquillian reads its configuration (which
 * names the database) before the first test.
 */
public final class IntegrationEnvironment implements LauncherSessionListener {

    static final String HTTP_SCHEMA = "kk_http";
    static final String ARQUILLIAN_SCHEMA = "kk_arquillian";

    private static EmbeddedMariaDb database;
    private static PayaraMicroServer server;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!Boolean.getBoolean("kuntakokeilu.it")) {
            return;
        }
        try {
            Files.createDirectories(workDir().resolve("arquillian-tmp"));
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = EmbeddedMariaDb.start(workDir().resolve("mariadb"), 0);
        database.recreateSchema(HTTP_SCHEMA);
        database.recreateSchema(ARQUILLIAN_SCHEMA);
        System.setProperty("kuntakokeilu.it.arquillian.db.url", database.jdbcUrl(ARQUILLIAN_SCHEMA));
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close();
            server = null;
        }
        if (database != null) {
            database.close();
            database = null;
        }
    }

    /** The shared server for HTTP and browser tests, started on first use. */
    static synchronized PayaraMicroServer server() {
        if (database == null) {
            throw new IllegalStateException(
                    "Integration tests run with `./mvnw verify` (failsafe sets kuntakokeilu.it)");
        }
        if (server == null) {
            server = startServer("payara-http", HTTP_SCHEMA, Map.of());
        }
        return server;
    }

    /**
     * Another server of the built WAR in demo mode, over a fresh schema of its own, with extra
     * configuration (system properties): for the few tests that need the application configured
     * otherwise than the shared server. The caller closes it.
     */
    public static synchronized PayaraMicroServer startServer(String name, Map<String, String> configuration) {
        if (database == null) {
            throw new IllegalStateException(
                    "Integration tests run with `./mvnw verify` (failsafe sets kuntakokeilu.it)");
        }
        String schema = "kk_" + name.replaceAll("[^a-z0-9]", "_");
        database.recreateSchema(schema);
        return startServer("payara-" + name, schema, configuration);
    }

    private static PayaraMicroServer startServer(String name, String schema, Map<String, String> configuration) {
        Path work = workDir().resolve(name);
        PayaraMicroServer.Options options = new PayaraMicroServer.Options(
                        Path.of(System.getProperty("kuntakokeilu.it.payara-micro")),
                        Path.of(System.getProperty("kuntakokeilu.it.war")))
                .workDir(work)
                .port(0)
                .bindAddress("127.0.0.1")
                .logTo(work.resolve("server.log"))
                .systemProperty("kuntakokeilu.db.url", database.jdbcUrl(schema))
                .systemProperty("kuntakokeilu.db.user", "root")
                .systemProperty("kuntakokeilu.db.password", "")
                .systemProperty("kuntakokeilu.demo.enabled", "true")
                // the research export: a test key and a directory of the test's own
                .systemProperty("evaluation.export.key-id", "it")
                .systemProperty(
                        "evaluation.export.key.it",
                        java.util.Base64.getEncoder()
                                .encodeToString("integration-test-key-of-32-bytes!"
                                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
                .systemProperty(
                        "evaluation.export.directory", work.resolve("exports").toString());
        configuration.forEach(options::systemProperty);
        // a loaded machine (several builds at once) may need longer: -Dkuntakokeilu.it.ready-timeout=PT10M
        return PayaraMicroServer.start(options)
                .awaitReady(Duration.parse(System.getProperty("kuntakokeilu.it.ready-timeout", "PT3M")));
    }

    /** A JDBC URL of the shared server's database, for tests that check what the server wrote. */
    static String httpSchemaUrl() {
        return database.jdbcUrl(HTTP_SCHEMA);
    }

    private static Path workDir() {
        return Path.of(System.getProperty("kuntakokeilu.it.work-dir", "target/it"));
    }
}
