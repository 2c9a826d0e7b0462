package fi.kuntakokeilu.devserver.faults;

import fi.kuntakokeilu.clients.control.CustomerExtract;
import fi.kuntakokeilu.clients.control.PopulationGenerator;
import fi.kuntakokeilu.embedded.EmbeddedMariaDb;
import fi.kuntakokeilu.embedded.PayaraMicroServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Two clustered Payara Micro processes with the built WAR on one embedded MariaDB, as production
 * runs them (no demo data; the first administrator from the bootstrap settings), with the batch
 * timings shortened so that faults show within a test's patience.
 */
final class Instances {

    static final String SCHEMA = "faults";
    static final String ADMIN = "faults.admin";
    static final String PASSWORD = "fault tests password 2026";

    /** Start-up under a loaded machine can be slow: generous. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(8);

    final Path work = Path.of(System.getProperty("kuntakokeilu.faults.work-dir", "target/faults"));
    final Path war = Path.of(System.getProperty("kuntakokeilu.faults.war"));
    final Path payaraMicro = Path.of(System.getProperty("kuntakokeilu.faults.payara-micro"));
    final Path configDir = Path.of(System.getProperty("kuntakokeilu.faults.config-dir"));
    final Map<String, String> settings = new LinkedHashMap<>();
    final PayaraMicroServer.Cluster cluster;
    final int[] gridPorts;
    EmbeddedMariaDb db;
    int dbPort;

    Instances() {
        gridPorts = new int[] {EmbeddedMariaDb.freePort(), EmbeddedMariaDb.freePort()};
        cluster = PayaraMicroServer.Cluster.local("kuntakokeilu-faults", gridPorts);
    }

    void startDatabase() {
        dbPort = dbPort == 0 ? EmbeddedMariaDb.freePort() : dbPort;
        db = EmbeddedMariaDb.start(work.resolve("mariadb"), dbPort);
    }

    /** Starts instance 0 or 1 of the cluster; returns without waiting for it to be ready. */
    PayaraMicroServer start(int index) {
        String name = "instance-" + (char) ('a' + index);
        Path dir = work.resolve(name);
        PayaraMicroServer.Options options = new PayaraMicroServer.Options(payaraMicro, war)
                .workDir(dir)
                .port(0)
                .bindAddress("127.0.0.1")
                .heap("512m")
                .logTo(dir.resolve("server-" + System.currentTimeMillis() + ".log"))
                .cluster(cluster.startingAt(gridPorts[index]))
                .argument("--name")
                .argument(name)
                .systemProperty("kuntakokeilu.db.url", db.jdbcUrl(SCHEMA))
                .systemProperty("kuntakokeilu.db.user", "root")
                .systemProperty("kuntakokeilu.db.password", "")
                .systemProperty(
                        "kuntakokeilu.reference-data.dir",
                        configDir.resolve("reference-data").toString())
                .systemProperty("organisations.bootstrap.admin-username", ADMIN)
                .systemProperty("organisations.bootstrap.admin-password", PASSWORD);
        settings.forEach(options::systemProperty);
        return PayaraMicroServer.start(options);
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(db.jdbcUrl(SCHEMA), "root", "");
    }

    long count(String sql, Object... values) throws SQLException {
        try (Connection connection = database();
                var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The rows a statement answers, each as its columns joined by spaces. */
    List<String> rows(String sql) throws SQLException {
        try (Connection connection = database();
                var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            List<String> answer = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i == 1 ? "" : " ").append(rows.getString(i));
                }
                answer.add(row.toString());
            }
            return answer;
        }
    }

    /** Office customers as the day before the trial, in the import format (docs/import-format.md). */
    Path extract(int customers) throws IOException {
        Path file = work.resolve("extract-" + customers + ".csv");
        PopulationGenerator generator = new PopulationGenerator(20210301L, LocalDate.of(2021, 2, 28), places());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("personal_identity_code,last_name,first_names,home_municipality,mother_tongue,immigrant,"
                    + "education_level,labour_market_status,unemployment_benefit,registered_on,status_since\n");
            for (int i = 0; i < customers; i++) {
                CustomerExtract.Row row = generator.next();
                out.write(String.join(
                        ",",
                        row.code().value(),
                        row.lastName(),
                        row.firstName(),
                        row.homeMunicipality(),
                        row.motherTongue(),
                        Boolean.toString(row.immigrant()),
                        row.educationLevel() == null ? "" : row.educationLevel().toString(),
                        row.labourMarketStatus().name(),
                        row.unemploymentBenefit().name(),
                        row.registeredOn().toString(),
                        row.statusSince().toString()));
                out.write('\n');
            }
        }
        return file;
    }

    private List<PopulationGenerator.Place> places() throws IOException {
        Set<String> trial = new LinkedHashSet<>();
        for (String line : tail(configDir.resolve("reference-data/trial-areas.csv"))) {
            trial.add(line.split(",")[3]);
        }
        Set<String> all = new LinkedHashSet<>(trial);
        for (String line : tail(configDir.resolve("reference-data/employment-offices.csv"))) {
            all.add(line.split(",")[3]);
        }
        List<PopulationGenerator.Place> places = new ArrayList<>();
        all.forEach(code -> places.add(new PopulationGenerator.Place(code, trial.contains(code))));
        return places;
    }

    private static List<String> tail(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        return lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).toList();
    }
}
