package fi.kuntakokeilu.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code bench} command: builds national-scale data with the seeded generator through the
 * application's own import, then runs each scenario against the real WAR on Payara Micro and the
 * embedded MariaDB, and prints one table (also written to {@code target/bench/benchmarks.md}).
 * The server runs as its own process; this process is the load generator and the floors' client.
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<Result> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        long begin = System.nanoTime();
        try (Environment env = Environment.create(options)) {
            double coldStart = env.startServer();
            results.add(new Result(
                    "Start to healthy (empty database: migrations, reference data)",
                    "–",
                    "process start to /health/ready UP",
                    coldStart,
                    "s",
                    "–",
                    Double.NaN,
                    20,
                    -1));

            long generation = System.nanoTime();
            Path extract = Extract.write(
                    options.work().resolve("extract.csv"),
                    options.customers(),
                    options.home().resolve("config/reference-data"));
            notes.add(String.format(
                    Locale.ROOT,
                    "Generated the extract of %,d customers in %.1f s (%,d bytes).",
                    options.customers(),
                    (System.nanoTime() - generation) / 1e9,
                    Files.size(extract)));
            print(results, notes);

            results.add(Batches.importExtract(env, extract, options.customers()));
            print(results, notes);
            results.add(Batches.bulkTransfer(env, options.customers()));
            print(results, notes);
            results.addAll(Load.readsAndSearches(env));
            print(results, notes);

            env.stopServer();
            double warmStart = env.startServer();
            results.add(new Result(
                    "Start to healthy (with the data above)",
                    String.format(Locale.ROOT, "%,d customers", options.customers()),
                    "process start to /health/ready UP",
                    warmStart,
                    "s",
                    "–",
                    Double.NaN,
                    20,
                    -1));
        }
        notes.add(String.format(Locale.ROOT, "Whole run: %.1f min.", (System.nanoTime() - begin) / 60e9));
        String table = print(results, notes);
        Path file = options.work().resolve("benchmarks.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table, StandardCharsets.UTF_8);
        System.out.println("Written to " + file.toAbsolutePath());
    }

    private static String print(List<Result> results, List<String> notes) {
        StringBuilder out = new StringBuilder();
        out.append("Run ")
                .append(LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME.withLocale(Locale.ROOT)));
        out.append(" on ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ");
        out.append(ManagementFactory.getOperatingSystemMXBean().getArch())
                .append(", Java ")
                .append(System.getProperty("java.version"))
                .append("\n\n");
        out.append(Result.header()).append('\n');
        results.forEach(result -> out.append(result.row()).append('\n'));
        notes.forEach(note -> out.append('\n').append(note));
        out.append('\n');
        System.out.println(out);
        return out.toString();
    }
}
