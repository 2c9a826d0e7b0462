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

    /** The export's target holds with this heap (issue 5: heap ≤ 512 MB); the server restarts with it. */
    static final String EXPORT_HEAP = "512m";

    /** A scenario's measurement; it may throw, and the row then says why. */
    @FunctionalInterface
    private interface Scenario {
        List<Result> run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<Result> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add("MariaDB: buffer pool " + options.bufferPool() + ", redo log " + options.redoLog() + ".");
        long begin = System.nanoTime();
        try (Environment env = Environment.create(options)) {
            runAll(env, options, results, notes);
        } catch (Exception | Error e) {
            System.err.println("The bench stopped: " + e);
            e.printStackTrace();
            results.add(Result.failed("The bench run itself", oneLine(e.toString())));
        }
        notes.add(String.format(Locale.ROOT, "Whole run: %.1f min.", (System.nanoTime() - begin) / 60e9));
        String table = print(results, notes);
        Path file = options.work().resolve("benchmarks.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, table, StandardCharsets.UTF_8);
        System.out.println("Written to " + file.toAbsolutePath());
        long failed = results.stream().filter(Result::isFailure).count();
        if (failed > 0) {
            System.err.println(failed + " scenario(s) FAILED: see the table");
        }
        // Exit explicitly: the HTTP clients' executors are not daemon threads and would keep the
        // process, and the build that started it, waiting for ever.
        System.exit(failed > 0 ? 1 : 0);
    }

    private static void runAll(Environment env, Options options, List<Result> results, List<String> notes)
            throws Exception {
        Evaluations.Panel[] panel = new Evaluations.Panel[1];
        double coldStart = env.startServer();
        results.add(new Result(
                options.reuse()
                        ? "Start to healthy (the previous run's database)"
                        : "Start to healthy (empty database: migrations, reference data)",
                "–",
                "process start to /health/ready UP, server heap " + options.serverHeap(),
                coldStart,
                "s",
                "–",
                Double.NaN,
                20,
                -1));
        boolean transferred;
        boolean history;
        if (options.reuse()) {
            notes.add("On the database a previous run left (" + options.work().resolve("mariadb")
                    + "), as it and anything done on it since left it: only the scenarios named ran.");
            transferred = false;
            history = true;
        } else {
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

            boolean imported = options.runs("import")
                    && measure(
                            results,
                            notes,
                            "Import of an office extract (API, streamed)",
                            () -> List.of(Batches.importExtract(env, extract, options.customers())));
            transferred = imported
                    && options.runs("transfer")
                    && measure(
                            results,
                            notes,
                            "Bulk transfer at the trial's start (batch job)",
                            () -> List.of(Batches.bulkTransfer(env, options.customers())));
            history = transferred
                    && options.runs("history")
                    && measure(results, notes, "Set-up of the trial's history (46 months)", () -> {
                        notes.add(History.write(env, options.customers()).note());
                        return List.of();
                    });
        }
        if (options.runs("load")) {
            measure(
                    results,
                    notes,
                    "Job-seeker reads, searches, status changes and bookings under load",
                    () -> transferred ? Load.readsAndSearches(env) : skipped("no customers in the trial's custody"));
        }
        if (options.runs("search")) {
            measure(
                    results,
                    notes,
                    "Job-seeker search, one request at a time",
                    () -> transferred ? List.of(Load.searches(env)) : skipped("no customers in the trial's custody"));
        }
        boolean built = options.runs("panel")
                ? measure(results, notes, "Monthly panel, full rebuild (API)", () -> {
                    if (!history) {
                        return skipped("no history to build the panel from");
                    }
                    List<Result> rows = new ArrayList<>();
                    panel[0] = Evaluations.rebuildFull(env, rows);
                    return rows;
                })
                : options.reuse() && (panel[0] = Evaluations.existing(env)) != null;
        if (options.runs("increment")) {
            measure(
                    results,
                    notes,
                    "Monthly panel, one-month increment (API)",
                    () -> built && panel[0] != null
                            ? List.of(Evaluations.rebuildMonth(env, panel[0]))
                            : skipped("no full panel"));
        }
        if (options.runs("report")) {
            measure(
                    results,
                    notes,
                    "Monthly status report under load (JSON, all areas, evaluator)",
                    () -> built && panel[0] != null
                            ? List.of(StatusReport.underLoad(env, panel[0].last()))
                            : skipped("no panel"));
        }
        if (options.runs("restart") || options.runs("export")) {
            // the export's heap limit holds from a fresh start; the restart is measured when asked for
            boolean measured = measure(results, notes, "Start to healthy (with the data above)", () -> {
                env.stopServer();
                double warmStart = env.startServer(EXPORT_HEAP);
                return options.runs("restart")
                        ? List.of(new Result(
                                "Start to healthy (with the data above)",
                                String.format(Locale.ROOT, "%,d customers", options.customers()),
                                "process start to /health/ready UP, server heap " + EXPORT_HEAP,
                                warmStart,
                                "s",
                                "–",
                                Double.NaN,
                                20,
                                -1))
                        : List.of();
            });
            print(results, notes);
            if (options.runs("export")) {
                measure(
                        results,
                        notes,
                        "Nightly export of the whole panel (API, batch job, gzip CSV)",
                        () -> measured && built && panel[0] != null
                                ? List.of(Evaluations.export(env, panel[0], EXPORT_HEAP))
                                : skipped("no panel"));
            }
        }
    }

    /**
     * Runs a scenario and adds its rows; when it throws, adds one row that says it failed and why
     * (with the stack trace on standard error), so the run goes on and still ends with the table.
     */
    private static boolean measure(List<Result> results, List<String> notes, String scenario, Scenario run) {
        try {
            List<Result> rows = run.run();
            results.addAll(rows);
            return rows.stream().noneMatch(Result::isFailure);
        } catch (Exception | Error e) {
            System.err.println("Scenario failed: " + scenario);
            e.printStackTrace();
            String reason =
                    e.getMessage() == null ? e.toString() : e.getClass().getSimpleName() + ": " + e.getMessage();
            results.add(Result.failed(scenario, oneLine(reason)));
            return false;
        } finally {
            print(results, notes);
        }
    }

    private static List<Result> skipped(String why) {
        throw new IllegalStateException("not run: " + why + " (an earlier scenario failed)");
    }

    private static String oneLine(String text) {
        String line = text.replaceAll("\\s+", " ").replace("|", "/");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
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
