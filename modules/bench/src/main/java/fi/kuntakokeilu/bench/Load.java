package fi.kuntakokeilu.bench;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Many caseworkers at once: {@code clients} concurrent clients, bounded by a number of requests
 * and by time, each request one of reading a customer (75 %), searching by name (20 %), recording
 * a status change (2.5 %) or booking a job-search discussion (2.5 %), as a Helsinki caseworker on
 * Helsinki's customers. Latencies go into HdrHistograms; every answer that is not 2xx counts as an
 * error. The floors are the same reads and searches as plain JDBC queries at the same concurrency.
 */
final class Load {

    private static final String CASEWORKER = "bench.caseworker";
    private static final long TIME_LIMIT_MINUTES = 10;

    /**
     * The status changes written under load fall in the trial's last quarter, after the set-up
     * history ({@link History#AFTER}) since a change dated before a person's latest one is refused,
     * and before the trial's end (a change after it returns the customer to the office, out of the
     * caseworker's reach). Later writes get later days, so no change goes back before another.
     * The discussions booked under load fall due in the same quarter.
     */
    private static final int WRITE_DAYS = 92;

    /** The name search as one plain query: the floor of the searches. */
    private static final String SEARCH_SQL = "select c.job_seeker_id, c.first_name, c.last_name, c.body_key"
            + " from cli_custody c where c.body_type = 'TRIAL_AREA' and c.body_key = 'helsinki' and c.last_name like ?"
            + " order by c.last_name, c.first_name, c.job_seeker_id limit 20";

    private Load() {}

    record Subjects(List<Long> ids, List<String> lastNames) {}

    static List<Result> readsAndSearches(Environment env) throws Exception {
        createCaseworker(env);
        Subjects subjects = subjects(env);
        int clients = env.options.clients();
        int requests = env.options.requests();
        Histogram reads = new ConcurrentHistogram(3);
        Histogram searches = new ConcurrentHistogram(3);
        Histogram writes = new ConcurrentHistogram(3);
        Histogram bookings = new ConcurrentHistogram(3);
        AtomicLong errors = new AtomicLong();
        java.util.Map<String, AtomicLong> errorKinds = new java.util.concurrent.ConcurrentHashMap<>();
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger writesIssued = new AtomicInteger();
        long peak;
        double seconds;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<Object>> workers = new ArrayList<>();
            long begin = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                long seed = c;
                workers.add(pool.submit(() -> {
                    SplittableRandom random = new SplittableRandom(seed);
                    // stopped at the time limit: the requests not yet sent are not errors
                    while (!Thread.currentThread().isInterrupted() && issued.incrementAndGet() <= requests) {
                        double dice = random.nextDouble();
                        long id =
                                subjects.ids().get(random.nextInt(subjects.ids().size()));
                        HttpRequest request;
                        Histogram histogram;
                        if (dice < 0.75) {
                            request = env.http
                                    .request("/api/v1/job-seekers/" + id, CASEWORKER, Environment.PASSWORD)
                                    .GET()
                                    .build();
                            histogram = reads;
                        } else if (dice < 0.95) {
                            String name = subjects.lastNames()
                                    .get(random.nextInt(subjects.lastNames().size()));
                            request = env.http
                                    .request(
                                            "/api/v1/job-seekers?q=" + name + "&size=20",
                                            CASEWORKER,
                                            Environment.PASSWORD)
                                    .GET()
                                    .build();
                            histogram = searches;
                        } else if (dice < 0.975) {
                            String status = random.nextBoolean() ? "UNEMPLOYED" : "IN_SERVICE";
                            request = env.http
                                    .request(
                                            "/api/v1/job-seekers/" + id + "/status-changes",
                                            CASEWORKER,
                                            Environment.PASSWORD)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"effectiveDate\":\""
                                            + History.AFTER.plusDays(Math.min(
                                                    WRITE_DAYS - 1,
                                                    writesIssued.getAndIncrement()
                                                            * (long) WRITE_DAYS
                                                            / Math.max(1, requests / 40)))
                                            + "\",\"labourMarketStatus\":\"" + status + "\"}"))
                                    .build();
                            histogram = writes;
                        } else {
                            request = env.http
                                    .request(
                                            "/api/v1/job-seekers/" + id + "/appointments",
                                            CASEWORKER,
                                            Environment.PASSWORD)
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"kind\":\"JOB_SEARCH_DISCUSSION\",\"dueOn\":\""
                                                    + History.AFTER.plusDays(random.nextInt(WRITE_DAYS)) + "\"}"))
                                    .build();
                            histogram = bookings;
                        }
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = env.http.send(request);
                            if (response.statusCode() / 100 != 2) {
                                errors.incrementAndGet();
                                count(errorKinds, request.method() + " " + response.statusCode());
                            }
                        } catch (RuntimeException e) {
                            if (Thread.currentThread().isInterrupted()) {
                                break; // the time limit cut this request off: it has no latency
                            }
                            errors.incrementAndGet();
                            count(errorKinds, e.getClass().getSimpleName());
                        }
                        histogram.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                    }
                    return null;
                }));
            }
            pool.shutdown();
            if (!pool.awaitTermination(TIME_LIMIT_MINUTES, TimeUnit.MINUTES)) {
                pool.shutdownNow();
                errorKinds.put(
                        "stopped at the " + TIME_LIMIT_MINUTES + "-minute limit, requests answered",
                        new AtomicLong(answered(reads, searches, writes, bookings)));
                errors.incrementAndGet();
            }
            for (Future<Object> worker : workers) {
                // A client that died of something other than a failed request is a harness failure:
                // count it, so that a run that measured nothing never reads as a result.
                try {
                    worker.get(1, TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException | CancellationException e) {
                    errors.incrementAndGet();
                    count(errorKinds, "client stopped: " + e);
                }
            }
            seconds = (System.nanoTime() - begin) / 1e9;
            peak = heap.peakMb();
        }
        Histogram readFloor = new ConcurrentHistogram(3);
        Histogram searchFloor = new ConcurrentHistogram(3);
        jdbcFloors(env, subjects, clients, reads.getTotalCount(), searches.getTotalCount(), readFloor, searchFloor);

        long total = answered(reads, searches, writes, bookings);
        String throughput = String.format(Locale.ROOT, "%,.0f req/s all", total / seconds);
        String problem = errors.get() == 0 ? null : errors.get() + " errors: " + errorKinds;
        String size = String.format(Locale.ROOT, "%d clients, %,d requests", clients, total);
        List<Result> results = new ArrayList<>();
        results.add(
                underLoad("Job-seeker read under load", size, reads, throughput, p95(readFloor), 50, peak, problem));
        results.add(underLoad(
                "Job-seeker search under load",
                size,
                searches,
                String.format(Locale.ROOT, "%,d searches", searches.getTotalCount()),
                p95(searchFloor),
                100,
                peak,
                problem));
        results.add(underLoad(
                "Status change under load (write mix)",
                size,
                writes,
                String.format(Locale.ROOT, "%,d writes", writes.getTotalCount()),
                Double.NaN,
                Double.NaN,
                peak,
                problem));
        results.add(underLoad(
                "Job-search discussion booked under load (write mix)",
                size,
                bookings,
                String.format(Locale.ROOT, "%,d bookings", bookings.getTotalCount()),
                Double.NaN,
                Double.NaN,
                peak,
                problem));
        return results;
    }

    /** A row of the load's table: one kind of request's latency, client side, beside its floor. */
    private static Result underLoad(
            String scenario,
            String size,
            Histogram latencies,
            String throughput,
            double floor,
            double target,
            long peak,
            String problem) {
        return new Result(
                scenario,
                size,
                "p95 client side (p50 " + ms(latencies, 50) + ", p99 " + ms(latencies, 99) + " ms)",
                p95(latencies),
                "ms",
                throughput,
                floor,
                target,
                peak,
                problem);
    }

    /** The requests answered, of every kind. */
    private static long answered(Histogram... kinds) {
        long answered = 0;
        for (Histogram kind : kinds) {
            answered += kind.getTotalCount();
        }
        return answered;
    }

    /** Issue 7's figure: {@link #searchOneAtATime} on its own, as its own scenario. */
    static Result searches(Environment env) throws SQLException {
        createCaseworker(env);
        return searchOneAtATime(env, subjects(env));
    }

    /**
     * Issue 7's figure, server time of a search on the whole population: searches by name sent one at
     * a time, so that no request waits for another; what the client measures is the server's time
     * plus the loopback round trip. The floor is the same search as one JDBC query, one at a time.
     */
    private static Result searchOneAtATime(Environment env, Subjects subjects) throws SQLException {
        int count = Math.min(1000, Math.max(200, env.options.requests() / 20));
        Histogram searches = new Histogram(3);
        Map<String, AtomicLong> errorKinds = new ConcurrentHashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        long peak;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            for (int i = 0; i < count; i++) {
                String name = subjects.lastNames()
                        .get(random.nextInt(subjects.lastNames().size()));
                HttpRequest request = env.http
                        .request("/api/v1/job-seekers?q=" + name + "&size=20", CASEWORKER, Environment.PASSWORD)
                        .GET()
                        .build();
                long start = System.nanoTime();
                try {
                    HttpResponse<String> response = env.http.send(request);
                    if (response.statusCode() != 200) {
                        count(errorKinds, "GET " + response.statusCode());
                    }
                } catch (RuntimeException e) {
                    count(errorKinds, e.getClass().getSimpleName());
                }
                searches.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
            }
            peak = heap.peakMb();
        }
        Histogram floor = new Histogram(3);
        try (Connection connection = env.connection();
                PreparedStatement search = connection.prepareStatement(SEARCH_SQL)) {
            for (int i = 0; i < count; i++) {
                search.setString(
                        1,
                        subjects.lastNames()
                                        .get(random.nextInt(subjects.lastNames().size())) + "%");
                long start = System.nanoTime();
                try (ResultSet rows = search.executeQuery()) {
                    while (rows.next()) {
                        rows.getString(2);
                    }
                }
                floor.recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
            }
        }
        return new Result(
                "Job-seeker search, one request at a time (server time)",
                String.format(Locale.ROOT, "%,d searches by name", count),
                "p95 server time + loopback (p50 " + ms(searches, 50) + ", p99 " + ms(searches, 99) + " ms)",
                p95(searches),
                "ms",
                "–",
                p95(floor),
                300,
                peak,
                errorKinds.isEmpty() ? null : "errors: " + errorKinds);
    }

    /** The Helsinki caseworker who reads and searches; made by the first scenario that needs them. */
    private static void createCaseworker(Environment env) {
        HttpResponse<String> response = env.http.send(env.http
                .request("/api/v1/staff-accounts", Environment.ADMIN, Environment.PASSWORD)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + CASEWORKER
                        + "\",\"displayName\":\"Bench Caseworker\",\"role\":\"CASEWORKER\",\"trialAreas\":[\"helsinki\"],"
                        + "\"password\":\"" + Environment.PASSWORD + "\"}"))
                .build());
        if (response.statusCode() / 100 != 2 && response.statusCode() != 409) {
            throw new IllegalStateException(
                    "creating the bench caseworker answered " + response.statusCode() + ": " + response.body());
        }
    }

    /** Helsinki's customers now, and their surnames to search by. */
    private static Subjects subjects(Environment env) throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Connection connection = env.connection();
                var statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select c.job_seeker_id, j.last_name from cli_custody c join cli_job_seeker j on j.id = c.job_seeker_id"
                                + " where c.body_type = 'TRIAL_AREA' and c.body_key = 'helsinki'")) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
                if (names.size() < 500) {
                    names.add(rows.getString(2));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no customers in Helsinki's custody: did the bulk transfer run?");
        }
        return new Subjects(ids, names.stream().distinct().toList());
    }

    private static void jdbcFloors(
            Environment env,
            Subjects subjects,
            int clients,
            long readCount,
            long searchCount,
            Histogram reads,
            Histogram searches)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong readsLeft = new AtomicLong(readCount);
        AtomicLong searchesLeft = new AtomicLong(searchCount);
        for (int c = 0; c < clients; c++) {
            long seed = 1000 + c;
            pool.submit(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                try (Connection connection = env.connection();
                        PreparedStatement read = connection.prepareStatement(
                                "select j.*, c.body_type, c.body_key, c.since from cli_job_seeker j"
                                        + " join cli_custody c on c.job_seeker_id = j.id where j.id = ?");
                        PreparedStatement search = connection.prepareStatement(SEARCH_SQL)) {
                    while (true) {
                        boolean doRead = readsLeft.getAndDecrement() > 0;
                        boolean doSearch = !doRead && searchesLeft.getAndDecrement() > 0;
                        if (!doRead && !doSearch) {
                            return null;
                        }
                        long start = System.nanoTime();
                        PreparedStatement statement = doRead ? read : search;
                        if (doRead) {
                            read.setLong(
                                    1,
                                    subjects.ids()
                                            .get(random.nextInt(subjects.ids().size())));
                        } else {
                            search.setString(
                                    1,
                                    subjects.lastNames()
                                                    .get(random.nextInt(
                                                            subjects.lastNames().size())) + "%");
                        }
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getString(2);
                            }
                        }
                        (doRead ? reads : searches).recordValue(Math.max(1, (System.nanoTime() - start) / 1000));
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(TIME_LIMIT_MINUTES, TimeUnit.MINUTES);
    }

    /** Counts one more of a kind of error (what the table's last column lists). */
    static void count(Map<String, AtomicLong> kinds, String kind) {
        kinds.computeIfAbsent(kind, k -> new AtomicLong()).incrementAndGet();
    }

    static double p95(Histogram histogram) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(95) / 1000.0;
    }

    static String ms(Histogram histogram, double percentile) {
        return String.format(Locale.ROOT, "%.1f", histogram.getValueAtPercentile(percentile) / 1000.0);
    }
}
