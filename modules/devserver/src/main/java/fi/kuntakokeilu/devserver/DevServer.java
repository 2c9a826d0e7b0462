package fi.kuntakokeilu.devserver;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.embedded.PayaraMicroServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code run} command: the application on this machine with nothing installed but a JDK.
 *
 * <p>Without {@code KUNTAKOKEILU_DB_URL} it starts an embedded MariaDB whose data stays in {@code
 * data/mariadb} of the repository (so a restart keeps it), and the server in demo mode: reference
 * data, demo accounts and demo data, listening on localhost only. With {@code KUNTAKOKEILU_DB_URL}
 * it uses that database, creates no demo accounts and listens on every interface. With {@code
 * KUNTAKOKEILU_CLUSTER_MODE} (Payara Micro's {@code --clustermode}, for example {@code
 * tcpip:10.0.0.1:6900,10.0.0.2:6900}) the instance joins a cluster ({@code
 * KUNTAKOKEILU_CLUSTER_NAME}, {@code _PORT}, {@code _INTERFACES}); without it, it stays alone.
 * Ctrl-C stops the server and then the database.
 */
public final class DevServer {

    private DevServer() {}

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> options = options(args);
        Path home = Path.of(options.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path war = Path.of(options.get("war"));
        Path payaraMicro = Path.of(options.get("payara-micro"));
        int httpPort = Integer.parseInt(env("KUNTAKOKEILU_HTTP_PORT", "8080"));
        String externalDb = System.getenv("KUNTAKOKEILU_DB_URL");
        Instant begin = Instant.now();

        EmbeddedMariaDb db = null;
        PayaraMicroServer.Options server = new PayaraMicroServer.Options(payaraMicro, war)
                .workDir(home.resolve("data/payara"))
                .port(httpPort)
                .systemProperty(
                        "kuntakokeilu.reference-data.dir",
                        home.resolve("config/reference-data").toString());
        String clusterMode = System.getenv("KUNTAKOKEILU_CLUSTER_MODE");
        if (clusterMode != null && !clusterMode.isBlank()) {
            // One instance of a cluster (docs/operations.md): the others run the same command.
            server.cluster(new PayaraMicroServer.Cluster(
                    env("KUNTAKOKEILU_CLUSTER_NAME", "kuntakokeilu"),
                    clusterMode,
                    Integer.parseInt(env("KUNTAKOKEILU_CLUSTER_PORT", "0")),
                    System.getenv("KUNTAKOKEILU_CLUSTER_INTERFACES"),
                    true));
        }
        if (externalDb == null || externalDb.isBlank()) {
            int dbPort = Integer.parseInt(env("KUNTAKOKEILU_EMBEDDED_DB_PORT", "3307"));
            db = EmbeddedMariaDb.start(home.resolve("data/mariadb"), dbPort);
            server.bindAddress("127.0.0.1")
                    .systemProperty("kuntakokeilu.db.url", db.jdbcUrl("kuntakokeilu"))
                    .systemProperty("kuntakokeilu.db.user", "root")
                    .systemProperty("kuntakokeilu.db.password", "")
                    .systemProperty("kuntakokeilu.demo.enabled", "true");
        }
        PayaraMicroServer payara = PayaraMicroServer.start(server);
        EmbeddedMariaDb database = db;
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping Kuntakokeilu...");
                            payara.close();
                            if (database != null) {
                                database.close();
                            }
                        },
                        "devserver-stop"));

        payara.awaitReady(Duration.ofMinutes(5));
        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        System.out.println();
        System.out.println(
                "Kuntakokeilu is running at http://localhost:" + httpPort + "/ (ready in " + seconds + " s)");
        if (database != null) {
            System.out.println(
                    "  Embedded MariaDB on 127.0.0.1:" + database.port() + ", data in " + home.resolve("data/mariadb"));
            System.out.println("  Demo accounts (password: demo): admin, caseworker.helsinki, caseworker.espoo,");
            System.out.println("  manager.pirkanmaa, office.uusimaa, evaluator");
        } else {
            System.out.println("  Database: " + externalDb.replaceAll("password=[^&]*", "password=***"));
        }
        System.out.println("  Health: http://localhost:" + httpPort + "/health  API: http://localhost:" + httpPort
                + "/api/v1/trial-areas  OpenAPI: http://localhost:" + httpPort + "/openapi");
        System.out.println("Press Ctrl-C to stop.");
        int exit = payara.waitFor();
        System.out.println("Payara Micro exited with " + exit);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        return options;
    }
}
