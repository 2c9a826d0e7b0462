package fi.kuntakokeilu.devserver;

import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.embedded.PayaraMicroServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code cluster} command: a cluster of two on this machine, for trying it out. One embedded
 * MariaDB (data in {@code data/cluster/mariadb}, kept across restarts), and two Payara Micro
 * instances with the WAR on ports 8080 and 8081 ({@code KUNTAKOKEILU_HTTP_PORT} and the next one),
 * joined in one cluster (Hazelcast data grid on loopback, a member list of two free ports) and in demo mode.
 * The first instance migrates the schema and makes the demo data; the second starts once it is ready. Ctrl-C stops both
 * instances and then the database.
 */
public final class ClusterServer {

    static final String CLUSTER_NAME = "kuntakokeilu-local";

    private ClusterServer() {}

    public static void main(String[] args) throws Exception {
        var options = DevServer.options(args);
        Path home = Path.of(options.getOrDefault("home", ".")).toAbsolutePath().normalize();
        Path war = Path.of(options.get("war"));
        Path payaraMicro = Path.of(options.get("payara-micro"));
        int firstPort = Integer.parseInt(DevServer.env("KUNTAKOKEILU_HTTP_PORT", "8080"));
        int dbPort = Integer.parseInt(DevServer.env("KUNTAKOKEILU_EMBEDDED_DB_PORT", "3308"));
        Instant begin = Instant.now();

        EmbeddedMariaDb db = EmbeddedMariaDb.start(home.resolve("data/cluster/mariadb"), dbPort);
        int[] gridPorts = {EmbeddedMariaDb.freePort(), EmbeddedMariaDb.freePort()};
        PayaraMicroServer.Cluster cluster = PayaraMicroServer.Cluster.local(CLUSTER_NAME, gridPorts);
        List<PayaraMicroServer> instances = new ArrayList<>();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping the cluster...");
                            instances.parallelStream().forEach(PayaraMicroServer::close);
                            db.close();
                        },
                        "cluster-stop"));
        // One after the other: the first migrates the schema and makes the demo data, which the
        // second then finds in place (two at once would both find the registry empty).
        for (int i = 0; i < 2; i++) {
            String name = "instance-" + (char) ('a' + i);
            Path work = home.resolve("data/cluster/" + name);
            PayaraMicroServer instance = PayaraMicroServer.start(new PayaraMicroServer.Options(payaraMicro, war)
                    .workDir(work)
                    .port(firstPort + i)
                    .bindAddress("127.0.0.1")
                    .logTo(work.resolve("server.log"))
                    .cluster(cluster.startingAt(gridPorts[i]))
                    .argument("--name")
                    .argument(name)
                    .systemProperty(
                            "kuntakokeilu.reference-data.dir",
                            home.resolve("config/reference-data").toString())
                    .systemProperty("kuntakokeilu.db.url", db.jdbcUrl("kuntakokeilu"))
                    .systemProperty("kuntakokeilu.db.user", "root")
                    .systemProperty("kuntakokeilu.db.password", "")
                    .systemProperty("kuntakokeilu.demo.enabled", "true"));
            instances.add(instance);
            System.out.println(
                    "Starting " + name + " on port " + instance.port() + " (log: " + work.resolve("server.log") + ")");
            instance.awaitReady(Duration.ofMinutes(10));
        }

        long seconds = Duration.between(begin, Instant.now()).toSeconds();
        System.out.println();
        System.out.println("A Kuntakokeilu cluster of two is running (ready in " + seconds + " s):");
        for (PayaraMicroServer instance : instances) {
            System.out.println("  http://localhost:" + instance.port() + "/");
        }
        System.out.println("  Both on one embedded MariaDB on 127.0.0.1:" + db.port() + ", data in "
                + home.resolve("data/cluster/mariadb"));
        System.out.println("  Logs: " + home.resolve("data/cluster/instance-a/server.log") + " and instance-b");
        System.out.println("  Demo accounts as for run (password: demo). Sessions survive either instance.");
        System.out.println("Press Ctrl-C to stop.");
        for (PayaraMicroServer instance : instances) {
            instance.waitFor();
        }
    }
}
