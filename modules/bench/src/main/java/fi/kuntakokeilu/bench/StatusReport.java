package fi.kuntakokeilu.bench;

import fi.kuntakokeilu.evaluation.control.IndicatorCatalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * The ministry's monthly status report, one month and all areas, as JSON to an evaluator, under
 * concurrent clients ({@code GET /api/v1/reports/monthly-status?month=…}). The first request is
 * timed on its own (cold: the month computed and cached); as many requests as are measured follow
 * untimed (the server compiles its warm path), and the percentiles are of the requests after
 * those. The floor is the report's aggregate as one raw SQL query over JDBC, at the same
 * concurrency and as many times: the panel's counts for the month per area and target-group
 * flags, every count of the indicator catalogue, as the evaluation module computes them.
 */
final class StatusReport {

    static final String EVALUATOR = "bench.evaluator";
    private static final int CONCURRENCY = 50;
    private static final long TIME_LIMIT_MINUTES = 10;

    private StatusReport() {}

    static Result underLoad(Environment env, YearMonth month) throws Exception {
        createEvaluator(env);
        int clients = Math.min(CONCURRENCY, env.options.clients());
        int requests = Math.max(200, env.options.requests() / 4);
        String path = "/api/v1/reports/monthly-status?month=" + month;
        long coldBegin = System.nanoTime();
        HttpResponse<byte[]> first = env.http.sendForBytes(request(env, path));
        double coldMs = (System.nanoTime() - coldBegin) / 1e6;
        String body = new String(decoded(first), StandardCharsets.UTF_8);
        if (first.statusCode() != 200 || !body.startsWith("{")) {
            throw new IllegalStateException("the report answered " + first.statusCode() + ": "
                    + body.substring(0, Math.min(500, body.length())));
        }
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        // The server's code for the warm path is compiled while it runs: as many requests first, not
        // timed, as a server that has been up a while has long done. After a fifth as many, a
        // freshly started server was still compiling through the timed requests (national data,
        // p95 126 ms; after as many, 86 ms; 65 ms where the load scenario had run before).
        int warmUp = requests;
        clients(env, path, clients, warmUp, new ConcurrentHistogram(3), errors);
        Histogram latencies = new ConcurrentHistogram(3);
        long peak;
        double seconds;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            long begin = System.nanoTime();
            clients(env, path, clients, requests, latencies, errors);
            seconds = (System.nanoTime() - begin) / 1e9;
            peak = heap.peakMb();
        }
        // The aggregate reads the whole month each time (seconds at national scale): four rounds of
        // the clients give its latency under the same concurrency; as many as the report's requests
        // would not end within the time limit.
        Histogram floor = aggregateFloor(env, month, clients, Math.min(latencies.getTotalCount(), 4L * clients));
        return new Result(
                "Monthly status report under load (JSON, all areas, evaluator)",
                String.format(Locale.ROOT, "%s, %d clients, %,d requests", month, clients, latencies.getTotalCount()),
                String.format(
                        Locale.ROOT,
                        "p95 warm, client side, gzip-encoded, after %,d untimed (p50 %s, p99 %s ms; first, cold: %.0f ms)",
                        warmUp,
                        Load.ms(latencies, 50),
                        Load.ms(latencies, 99),
                        coldMs),
                Load.p95(latencies),
                "ms",
                String.format(Locale.ROOT, "%,.0f req/s", latencies.getTotalCount() / seconds),
                Load.p95(floor),
                100,
                peak,
                errors.isEmpty() ? null : "errors: " + errors);
    }

    /** {@code requests} requests from {@code clients} clients, each sending its next on the answer. */
    private static void clients(
            Environment env,
            String path,
            int clients,
            int requests,
            Histogram latencies,
            Map<String, AtomicLong> errors)
            throws InterruptedException {
        AtomicInteger issued = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Object>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                while (issued.incrementAndGet() <= requests) {
                    HttpRequest request = request(env, path);
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = env.http.sendForBytes(request);
                        if (response.statusCode() != 200) {
                            Load.count(errors, "HTTP " + response.statusCode());
                        }
                    } catch (RuntimeException e) {
                        Load.count(errors, e.getClass().getSimpleName());
                    }
                    latencies.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                }
                return null;
            }));
        }
        pool.shutdown();
        if (!pool.awaitTermination(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            Load.count(errors, "time limit reached");
        }
        for (Future<Object> worker : workers) {
            try {
                worker.get(1, TimeUnit.SECONDS);
            } catch (Exception e) {
                Load.count(errors, "client stopped: " + e);
            }
        }
    }

    /** The report as JSON, gzip-encoded as a browser or any HTTP library that accepts it gets it. */
    private static HttpRequest request(Environment env, String path) {
        return env.http
                .request(path, EVALUATOR, Environment.PASSWORD)
                .header("Accept", "application/json")
                .header("Accept-Encoding", "gzip")
                .GET()
                .build();
    }

    /** A response's body, decompressed when it came gzip-encoded. */
    private static byte[] decoded(HttpResponse<byte[]> response) throws IOException {
        if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                return in.readAllBytes();
            }
        }
        return response.body();
    }

    /** The report's aggregate, as {@code control.PanelCounts} asks it, as one query per request. */
    static String aggregateSql() {
        StringBuilder sql = new StringBuilder("select case when body_type = 'TRIAL_AREA' then body_key end as area,"
                + " under_30, foreign_language, not_earnings_related");
        for (IndicatorCatalogue.Count count : IndicatorCatalogue.counts()) {
            sql.append(", sum(case when ").append(count.condition()).append(" then 1 else 0 end)");
        }
        return sql.append(" from eva_panel where month_end = ? group by 1, 2, 3, 4")
                .toString();
    }

    private static Histogram aggregateFloor(Environment env, YearMonth month, int clients, long count)
            throws InterruptedException {
        Histogram latencies = new ConcurrentHistogram(3);
        AtomicLong left = new AtomicLong(count);
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        String sql = aggregateSql();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                try (Connection connection = env.connection();
                        PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setObject(1, month.atEndOfMonth());
                    while (left.getAndDecrement() > 0) {
                        long start = System.nanoTime();
                        try (ResultSet rows = select.executeQuery()) {
                            while (rows.next()) {
                                rows.getLong(5);
                            }
                        }
                        latencies.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                    }
                } catch (Exception e) {
                    Load.count(errors, e.toString());
                }
                return null;
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
            pool.shutdownNow();
            throw new IllegalStateException(
                    "the report's SQL floor did not end within " + TIME_LIMIT_MINUTES + " minutes");
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("the report's SQL floor failed: " + errors);
        }
        return latencies;
    }

    /** Creates the evaluator account the report is read as (already there on a previous run's data). */
    private static void createEvaluator(Environment env) {
        HttpResponse<String> created = env.http.send(env.http
                .request("/api/v1/staff-accounts", Environment.ADMIN, Environment.PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + EVALUATOR
                        + "\",\"displayName\":\"Bench Evaluator\",\"role\":\"EVALUATOR\",\"trialAreas\":[],"
                        + "\"password\":\"" + Environment.PASSWORD + "\"}"))
                .build());
        if (created.statusCode() / 100 != 2 && !(env.options.reuse() && created.statusCode() == 409)) {
            throw new IllegalStateException(
                    "creating the evaluator answered " + created.statusCode() + ": " + created.body());
        }
    }
}
