package fi.kuntakokeilu.bench;

import fi.kuntakokeilu.evaluation.control.PanelExport;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The evaluation module's long jobs, through its API as an administrator starts them: the monthly
 * status panel rebuilt in full and one month of it incrementally ({@code POST
 * /api/v1/evaluation/panel/rebuild}, answered when done), and the pseudonymised export of the whole
 * panel ({@code POST /api/v1/exports}, then its progress until it completes).
 */
final class Evaluations {

    private Evaluations() {}

    /** What the full build left: its months and rows, for the scenarios that read the panel. */
    record Panel(YearMonth first, YearMonth last, int months, long rows) {}

    static Panel rebuildFull(Environment env, List<Result> results) throws Exception {
        JsonObject build;
        double seconds;
        long peak;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            long begin = System.nanoTime();
            build = rebuild(env, "{\"scope\":\"FULL\"}");
            seconds = (System.nanoTime() - begin) / 1e9;
            peak = heap.peakMb();
        }
        Panel panel = new Panel(
                YearMonth.parse(build.getString("firstMonth").substring(0, 7)),
                YearMonth.parse(build.getString("lastMonth").substring(0, 7)),
                build.getInt("monthsTotal"),
                build.getJsonNumber("rowsWritten").longValue());
        long inTable = count(env, "select count(*) from eva_panel");
        if (panel.rows() == 0 || inTable != panel.rows() || build.getInt("monthsDone") != panel.months()) {
            throw new IllegalStateException("the full build did not write the panel it reports: " + build
                    + ", eva_panel holds " + inTable + " rows");
        }
        double floor = Floors.copyPanel(env, null);
        TrialShare trial = trialShare(env);
        results.add(new Result(
                "Monthly panel, full rebuild (API)",
                String.format(
                        Locale.ROOT,
                        "%d months (%s … %s), %,d rows; of them the trial's customers × the trial's months"
                                + " (%s … %s): %,d × %d, %,d rows",
                        panel.months(),
                        panel.first(),
                        panel.last(),
                        panel.rows(),
                        TRIAL_FIRST,
                        TRIAL_LAST,
                        trial.customers(),
                        TRIAL_MONTHS,
                        trial.rows()),
                "wall time, request to answer",
                seconds,
                "s",
                String.format(
                        Locale.ROOT,
                        "%,.0f rows/s (the target's %,d rows in %d s need %,.0f rows/s)",
                        panel.rows() / seconds,
                        TARGET_ROWS,
                        300,
                        TARGET_ROWS / 300.0),
                floor,
                300,
                peak));
        return panel;
    }

    /** The panel a previous run left (bench.reuse), or null when it holds no month. */
    static Panel existing(Environment env) throws SQLException {
        try (Connection connection = env.connection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select min(month_end), max(month_end), count(*),"
                        + " coalesce(sum(rows_count), 0) from eva_panel_month")) {
            rows.next();
            if (rows.getInt(3) == 0) {
                return null;
            }
            return new Panel(
                    YearMonth.from(rows.getObject(1, LocalDate.class)),
                    YearMonth.from(rows.getObject(2, LocalDate.class)),
                    rows.getInt(3),
                    rows.getLong(4));
        }
    }

    /**
     * The size the target names (issue 5: "230,000 × 46 months"): the trial's customers over
     * the trial's months. The panel holds more by design (every registered job seeker, the
     * comparison group included, and a pre-period before the trial, which difference-in-differences
     * needs), so the bench prints both sizes and the rate the target implies.
     */
    static final YearMonth TRIAL_FIRST = YearMonth.of(2021, 3);

    static final YearMonth TRIAL_LAST = YearMonth.of(2024, 12);
    static final int TRIAL_MONTHS = 46;
    static final long TARGET_ROWS = 230_000L * TRIAL_MONTHS;

    /** The trial's customers (anyone a trial area held at a month end) and their rows in its months. */
    record TrialShare(long customers, long rows) {}

    static TrialShare trialShare(Environment env) throws SQLException {
        String trial = "select job_seeker_id from eva_panel where body_type = 'TRIAL_AREA'";
        String months =
                " month_end between '" + TRIAL_FIRST.atEndOfMonth() + "' and '" + TRIAL_LAST.atEndOfMonth() + "'";
        try (Connection connection = env.connection();
                Statement sql = connection.createStatement()) {
            sql.execute("create temporary table bench_trial_customer (job_seeker_id bigint primary key)");
            sql.execute("insert ignore into bench_trial_customer " + trial + " and" + months);
            long customers;
            long rows;
            try (ResultSet count = sql.executeQuery("select count(*) from bench_trial_customer")) {
                count.next();
                customers = count.getLong(1);
            }
            try (ResultSet count = sql.executeQuery("select count(*) from eva_panel p join bench_trial_customer t"
                    + " on t.job_seeker_id = p.job_seeker_id where p." + months.trim())) {
                count.next();
                rows = count.getLong(1);
            }
            sql.execute("drop temporary table bench_trial_customer");
            return new TrialShare(customers, rows);
        }
    }

    static Result rebuildMonth(Environment env, Panel panel) throws Exception {
        YearMonth month = panel.last();
        JsonObject build;
        double seconds;
        long peak;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            long begin = System.nanoTime();
            build = rebuild(env, "{\"scope\":\"MONTH\",\"month\":\"" + month + "\"}");
            seconds = (System.nanoTime() - begin) / 1e9;
            peak = heap.peakMb();
        }
        long rows = build.getJsonNumber("rowsWritten").longValue();
        long inTable = count(env, "select count(*) from eva_panel where month_end = '" + month.atEndOfMonth() + "'");
        if (rows == 0 || rows != inTable) {
            throw new IllegalStateException(
                    "the month build did not write the month it reports: " + build + ", eva_panel holds " + inTable);
        }
        double floor = Floors.copyPanel(env, month.atEndOfMonth());
        return new Result(
                "Monthly panel, one-month increment (API)",
                String.format(Locale.ROOT, "%s, %,d rows", month, rows),
                "wall time, request to answer",
                seconds,
                "s",
                String.format(Locale.ROOT, "%,.0f rows/s", rows / seconds),
                floor,
                30,
                peak);
    }

    /** The export of the whole panel on demand; the server runs with the heap named in the row. */
    static Result export(Environment env, Panel panel, String serverHeap) throws Exception {
        JsonObject export;
        double seconds;
        long peak;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            long begin = System.nanoTime();
            JsonObject started = env.http.json(env.http
                    .request("/api/v1/exports", Environment.ADMIN, Environment.PASSWORD)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"source\":\"CURRENT_PANEL\",\"purpose\":\"benchmark of the nightly export\"}"))
                    .build());
            long id = started.getJsonNumber("id").longValue();
            long deadline = System.nanoTime() + 60L * 60 * 1_000_000_000L;
            do {
                Thread.sleep(500);
                export = env.http.json(env.http
                        .request("/api/v1/exports/" + id, Environment.ADMIN, Environment.PASSWORD)
                        .GET()
                        .build());
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the export did not end within an hour: " + export);
                }
            } while (List.of("PREPARING", "RUNNING").contains(export.getString("status")));
            seconds = (System.nanoTime() - begin) / 1e9;
            peak = heap.peakMb();
        }
        if (!export.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("the export ended " + export.getString("status") + ": "
                    + (export.isNull("failure") ? export : export.getString("failure")));
        }
        long rows = export.getJsonNumber("rowsWritten").longValue();
        long inPanel = count(env, "select count(*) from eva_panel");
        if (rows != inPanel) {
            throw new IllegalStateException(
                    "the export wrote " + rows + " rows of the panel's " + inPanel + ": " + export);
        }
        long bytes = 0;
        for (var file : export.getJsonArray("files").getValuesAs(JsonObject.class)) {
            bytes += file.getJsonNumber("bytes").longValue();
        }
        // Without its floor the export's own figure still stands; the row then says why it has none.
        double floor;
        String problem = null;
        try {
            floor = Floors.outfilePanel(
                    env, panelMonths(env), env.options.work().resolve("outfile"));
        } catch (RuntimeException | SQLException e) {
            e.printStackTrace();
            floor = Double.NaN;
            problem = "no floor: " + e.getMessage();
        }
        return new Result(
                "Nightly export of the whole panel (API, batch job, gzip CSV)",
                String.format(
                        Locale.ROOT, "%d months, %,d rows, %,d MB gzip", panel.months(), rows, bytes / (1024 * 1024)),
                "wall time, start to completed, server heap " + serverHeap,
                seconds,
                "s",
                String.format(Locale.ROOT, "%,.0f rows/s", rows / seconds),
                floor,
                180,
                peak,
                problem);
    }

    private static JsonObject rebuild(Environment env, String body) {
        JsonObject build = env.http.json(env.http
                .request("/api/v1/evaluation/panel/rebuild", Environment.ADMIN, Environment.PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
        if (!build.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("the panel build ended " + build);
        }
        return build;
    }

    /** The month ends the panel holds, oldest first. */
    static List<LocalDate> panelMonths(Environment env) throws SQLException {
        List<LocalDate> months = new ArrayList<>();
        try (Connection connection = env.connection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select month_end from eva_panel_month order by month_end")) {
            while (rows.next()) {
                months.add(rows.getObject(1, LocalDate.class));
            }
        }
        return months;
    }

    static long count(Environment env, String query) throws SQLException {
        try (Connection connection = env.connection();
                Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The export's columns as the floor writes them: the person's id where the export has the pseudonym. */
    static List<String> exportColumns() {
        List<String> columns = new ArrayList<>(List.of("job_seeker_id"));
        PanelExport.COLUMNS.stream().skip(1).map(PanelExport.Column::name).forEach(columns::add);
        return columns;
    }

    /** Deletes the floor's month files ({@code panel-*.csv}) in a directory, and nothing else. */
    static void deleteFiles(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith("panel-") && name.endsWith(".csv")) {
                        Files.delete(file);
                    }
                }
            }
        }
    }
}
