package fi.kuntakokeilu.bench;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.Locale;

/** The scenarios that are one long job each: importing the extract, and the bulk transfer run. */
final class Batches {

    private Batches() {}

    /** Imports the extract through the API, as an administrator would upload it. */
    static Result importExtract(Environment env, Path extract, int rows) throws Exception {
        JsonObject report;
        double seconds;
        long peak;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            long begin = System.nanoTime();
            report = env.http.json(env.http
                    .request("/api/v1/imports/job-seekers", Environment.ADMIN, Environment.PASSWORD)
                    .header("Content-Type", "text/csv")
                    .POST(HttpRequest.BodyPublishers.ofFile(extract))
                    .build());
            seconds = (System.nanoTime() - begin) / 1e9;
            peak = heap.peakMb();
        }
        if (report.getJsonNumber("inserted").longValue() != rows
                || report.getJsonNumber("rejected").longValue() != 0) {
            throw new IllegalStateException("the import did not take every row: " + report);
        }
        double floor = Floors.insertExtract(env, extract);
        return new Result(
                "Import of an office extract (API, streamed)",
                String.format(Locale.ROOT, "%,d rows", rows),
                "wall time, server heap " + env.options.serverHeap(),
                seconds,
                "s",
                String.format(Locale.ROOT, "%,.0f rows/s", rows / seconds),
                floor,
                120,
                peak);
    }

    /** The trial's start: every customer evaluated on 2021-03-01 and the eligible ones transferred. */
    static Result bulkTransfer(Environment env, int customers) throws Exception {
        JsonObject run;
        double seconds;
        long peak;
        try (HeapSampler heap = new HeapSampler(env.http.base())) {
            long begin = System.nanoTime();
            JsonObject started = env.http.json(env.http
                    .request("/api/v1/transfer-runs", Environment.ADMIN, Environment.PASSWORD)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"effectiveDate\":\"2021-03-01\",\"dryRun\":false}"))
                    .build());
            long id = started.getJsonNumber("id").longValue();
            do {
                Thread.sleep(500);
                run = env.http.json(env.http
                        .request("/api/v1/transfer-runs/" + id, Environment.ADMIN, Environment.PASSWORD)
                        .GET()
                        .build());
            } while (run.getString("status").equals("RUNNING")
                    || run.getString("status").equals("STARTING")
                    || run.getString("status").equals("QUEUED"));
            seconds = (System.nanoTime() - begin) / 1e9;
            peak = heap.peakMb();
        }
        if (!run.getString("status").equals("COMPLETED")) {
            throw new IllegalStateException("the transfer run ended " + run);
        }
        long transferred =
                run.getJsonObject("transferred").getJsonNumber("total").longValue();
        double floor = Floors.writeTransfers(env, transferred);
        return new Result(
                "Bulk transfer at the trial's start (batch job)",
                String.format(Locale.ROOT, "%,d customers, %,d transferred", customers, transferred),
                "wall time, start to completed",
                seconds,
                "s",
                String.format(Locale.ROOT, "%,.0f customers/s", customers / seconds),
                floor,
                60,
                peak);
    }
}
