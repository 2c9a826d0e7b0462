package fi.kuntakokeilu.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The WAR on a Payara Micro of its own process, at context root {@code /}: started, waited for until
 * {@code /health/ready} says UP, and stopped gracefully (then forcibly after 30 s).
 */
public final class PayaraMicroServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PayaraMicroServer.class.getName());

    /**
     * The pre-boot command that keeps the batch runtime's job repository (Payara Micro's embedded
     * H2, pool {@code H2Pool}) out of the application's transactions, as in production
     * ({@code config/environments/pre-boot-commands.asadmin}; docs/operations.md, "One resource
     * per transaction"). Without it the batch runtime's checkpoint write enlists the H2 connection
     * in each chunk's transaction beside MariaDB, and every chunk commits in two phases: a database
     * that goes away between its prepare and its commit keeps the chunk's branch prepared, with its
     * row locks, until a transaction manager resolves it.
     */
    public static final String BATCH_REPOSITORY_OUTSIDE_TRANSACTIONS =
            "set resources.jdbc-connection-pool.H2Pool.non-transactional-connections=true";

    /**
     * The HTTP worker threads of an instance (docs/operations.md, "HTTP worker threads"). Payara's
     * default lets up to 200 requests run at once; on two cores fifty concurrent requests then share
     * the processor in time slices, and each takes as long as the slowest: the status report's p95
     * at 50 clients was 134 to 151 ms with the default, 67 to 79 ms with 12 workers and the other
     * requests waiting in the listener's queue, at the same throughput.
     */
    static final int HTTP_WORKERS = 12;

    private static final String HTTP_THREAD_POOL =
            "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.";

    /**
     * The pre-boot commands every instance is started with: those of {@code
     * config/environments/pre-boot-commands.asadmin}, in its order.
     */
    public static final List<String> PRODUCTION_PRE_BOOT_COMMANDS = List.of(
            BATCH_REPOSITORY_OUTSIDE_TRANSACTIONS,
            HTTP_THREAD_POOL + "max-thread-pool-size=" + HTTP_WORKERS,
            HTTP_THREAD_POOL + "min-thread-pool-size=" + HTTP_WORKERS);

    /** What Payara Micro prints when the application failed to deploy (it keeps running regardless). */
    private static final String DEPLOYMENT_FAILED = "Exception while loading the app";

    private final Process process;
    private final int port;
    private final Path log;
    private volatile boolean deploymentFailed;

    private PayaraMicroServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        Thread pump = new Thread(this::pumpOutput, "payara-micro-output-" + port);
        pump.setDaemon(true);
        pump.start();
    }

    /** Copies Payara's output to the log file or our console, watching for a failed deployment. */
    private void pumpOutput() {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(
                        process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
                var out = log == null
                        ? new java.io.PrintWriter(System.out, true)
                        : new java.io.PrintWriter(Files.newBufferedWriter(log), true)) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.contains(DEPLOYMENT_FAILED)) {
                    deploymentFailed = true;
                }
                out.println(line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }

    /** What to start and how. */
    public static final class Options {
        private final Path payaraMicroJar;
        private final Path war;
        private Path workDir;
        private int port;
        private String bindAddress;
        private String heap = "768m";
        private Path log;
        private final Map<String, String> systemProperties = new LinkedHashMap<>();
        private final List<String> extraArguments = new ArrayList<>();
        private Cluster cluster;

        public Options(Path payaraMicroJar, Path war) {
            this.payaraMicroJar = payaraMicroJar;
            this.war = war;
        }

        /** Where Payara keeps its runtime files (never /tmp, which test runs would litter). */
        public Options workDir(Path dir) {
            this.workDir = dir;
            return this;
        }

        /** The HTTP port, or 0 for any free one. */
        public Options port(int port) {
            this.port = port;
            return this;
        }

        /** Listen on this address only (for example 127.0.0.1); all interfaces when not set. */
        public Options bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        public Options heap(String heap) {
            this.heap = heap;
            return this;
        }

        public Options systemProperty(String name, String value) {
            systemProperties.put(name, value);
            return this;
        }

        /** Payara Micro's output goes to this file instead of this process's console. */
        public Options logTo(Path file) {
            this.log = file;
            return this;
        }

        /** Joins a Payara Micro cluster (the Hazelcast data grid); without this the instance stays alone. */
        public Options cluster(Cluster cluster) {
            this.cluster = cluster;
            return this;
        }

        public Options argument(String argument) {
            extraArguments.add(argument);
            return this;
        }
    }

    /**
     * How an instance finds the others of its cluster, in Payara Micro's own terms.
     *
     * @param name the cluster's name: instances with another name never join it
     * @param discovery Payara Micro's {@code --clustermode}: {@code tcpip:host:port,host:port} (a
     *     fixed member list), {@code dns:name:port} (for example a Kubernetes headless service),
     *     {@code multicast:group:port}
     * @param startPort the first port this instance tries for the data grid (it takes the next free
     *     one), or 0 for Payara's default 5900
     * @param interfaces the network interfaces the data grid listens on (for example {@code
     *     127.0.0.1}), or null for all
     * @param hostAware whether backups avoid members on the same host: right for production, wrong
     *     for several instances on one machine, whose backups would then have nowhere to go
     */
    public record Cluster(String name, String discovery, int startPort, String interfaces, boolean hostAware) {

        /**
         * Instances on this machine only: loopback, member list of the given data grid ports (free
         * ones: a Payara Micro started with {@code --nocluster} still takes 6900 and up).
         */
        public static Cluster local(String name, int... gridPorts) {
            StringBuilder members = new StringBuilder("tcpip:");
            for (int i = 0; i < gridPorts.length; i++) {
                members.append(i == 0 ? "" : ",").append("127.0.0.1:").append(gridPorts[i]);
            }
            return new Cluster(name, members.toString(), gridPorts[0], "127.0.0.1", false);
        }

        /** The same cluster, this instance's data grid starting at another port. */
        public Cluster startingAt(int port) {
            return new Cluster(name, discovery, port, interfaces, hostAware);
        }

        List<String> arguments() {
            List<String> arguments = new ArrayList<>(List.of("--clustername", name, "--clustermode", discovery));
            if (startPort > 0) {
                arguments.addAll(List.of("--startport", String.valueOf(startPort)));
            }
            if (interfaces != null) {
                arguments.addAll(List.of("--interfaces", interfaces));
            }
            if (!hostAware) {
                arguments.add("--nohostaware");
            }
            return arguments;
        }
    }

    public static PayaraMicroServer start(Options options) {
        int port = options.port == 0 ? EmbeddedMariaDb.freePort() : options.port;
        try {
            Path workDir = options.workDir.toAbsolutePath();
            // Payara unpacks its runtime into the temporary directory on every start; a crash leaves
            // the old one behind, and it is ours to clear.
            deleteRecursively(workDir.resolve("tmp"));
            Files.createDirectories(workDir.resolve("tmp"));
            Path deployment = workDir.resolve("ROOT.war");
            Files.copy(options.war, deployment, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + options.heap);
            command.add("-Djava.io.tmpdir=" + workDir.resolve("tmp"));
            command.add("-Duser.timezone=Europe/Helsinki");
            options.systemProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
            if (options.cluster != null && options.cluster.interfaces() != null) {
                // The data grid then listens on those interfaces only, not on every address.
                command.add("-Dhazelcast.socket.bind.any=false");
            }
            command.addAll(
                    List.of("-jar", options.payaraMicroJar.toAbsolutePath().toString()));
            command.addAll(List.of("--deploy", deployment.toString(), "--contextroot", "/"));
            command.addAll(List.of("--port", String.valueOf(port)));
            if (options.cluster == null) {
                command.add("--nocluster");
            } else {
                command.addAll(options.cluster.arguments());
            }
            // Pre-boot, not post-boot: applied to the configuration before the listeners start. A
            // post-boot change of the address restarts a listener already bound to every interface,
            // and that restart, racing the deployment, once left an instance with no HTTP listener
            // at all ("Error adding HttpProbes. NetworkListener http-listeners GrizzlyProxy is NULL").
            StringBuilder preBootCommands = new StringBuilder(String.join("\n", PRODUCTION_PRE_BOOT_COMMANDS) + "\n");
            if (options.bindAddress != null) {
                preBootCommands
                        .append(
                                "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=")
                        .append(options.bindAddress)
                        .append("\n");
            }
            Path preBoot = workDir.resolve("pre-boot-commands.asadmin");
            Files.writeString(preBoot, preBootCommands);
            command.addAll(List.of("--prebootcommandfile", preBoot.toString()));
            command.addAll(options.extraArguments);
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (options.log != null) {
                Files.createDirectories(options.log.toAbsolutePath().getParent());
            }
            LOG.info(() -> "Starting Payara Micro on port " + port);
            return new PayaraMicroServer(builder.start(), port, options.log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port + "/");
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the readiness check answers UP; fails when the process dies or time runs out. */
    public PayaraMicroServer awaitReady(Duration timeout) {
        HttpClient client =
                // HTTP/1.1: the default's upgrade to HTTP/2 can leave a request hanging past its
                // timeout while a loaded server is still starting.
                HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(2))
                        .build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/health/ready"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(timeout);
        String lastAnswer = "no answer";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + tail());
            }
            if (deploymentFailed) {
                close();
                throw new IllegalStateException("The application failed to deploy" + tail());
            }
            try {
                HttpResponse<String> response = client.sendAsync(ready, HttpResponse.BodyHandlers.ofString())
                        .get(10, TimeUnit.SECONDS);
                // Our own check must be there: with no application deployed, readiness is UP too.
                if (response.statusCode() == 200 && response.body().contains("\"kuntakokeilu\"")) {
                    return this;
                }
                lastAnswer = response.statusCode() + " " + response.body();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException notYet) {
                lastAnswer = notYet.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Payara Micro", e);
            }
            sleep(250);
        }
        close();
        throw new IllegalStateException(
                "Payara Micro was not ready within " + timeout + " (readiness said: " + lastAnswer + ")" + tail());
    }

    /** Waits for the process to end by itself (the {@code run} command's foreground wait). */
    public int waitFor() throws InterruptedException {
        return process.waitFor();
    }

    /** Kills the process at once, as a crash would (for fault tests). */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private String tail() {
        if (log == null || !Files.exists(log)) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(log);
            return "; last lines of " + log + ":\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
