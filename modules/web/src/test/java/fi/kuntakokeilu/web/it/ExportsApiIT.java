package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.Api.Reply;
import fi.kuntakokeilu.web.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The research export over HTTP against the running demo server (issue 5): once the demo panel is
 * built, an evaluator starts an export (202), follows its progress to COMPLETED (the Jakarta Batch
 * job in the server), reads the manifest and downloads files whose SHA-256 match it and which hold
 * no identity code or name; the same snapshot exported again gives the same bytes.
 */
class ExportsApiIT {

    static JsonObject awaitExport(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (true) {
            Reply reply = Api.as("evaluator").get("/api/v1/exports/" + id);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            String status = reply.json().getString("status");
            if (!status.equals("PREPARING") && !status.equals("RUNNING")) {
                return reply.json();
            }
            assertThat(Instant.now()).as("export " + id + " still " + status).isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    static void awaitPanel() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
        while (true) {
            Reply builds = Api.as("admin").get("/api/v1/evaluation/panel/builds");
            assertThat(builds.status()).as(builds.toString()).isEqualTo(200);
            if (builds.jsonArray().stream()
                    .map(b -> b.asJsonObject().getString("status"))
                    .anyMatch("COMPLETED"::equals)) {
                return;
            }
            assertThat(Instant.now()).as("the demo panel is built").isBefore(deadline);
            Thread.sleep(1000);
        }
    }

    static byte[] download(long id, String name) throws IOException, InterruptedException {
        String token = Base64.getEncoder()
                .encodeToString(("evaluator:" + RunningServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(RunningServer.uri("/api/v1/exports/" + id + "/files/" + name))
                                .header("Authorization", "Basic " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(name).isEqualTo(200);
        return response.body();
    }

    static long start(String body) {
        Reply started = Api.as("evaluator").postJson("/api/v1/exports", body);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).contains("/api/v1/exports/");
        return started.json().getJsonNumber("id").longValue();
    }

    @Test
    void anEvaluatorExportsThePanelAndDownloadsFilesMatchingTheManifest() throws Exception {
        awaitPanel();
        Reply designs = Api.as("evaluator").get("/api/v1/evaluation/designs");
        assertThat(designs.status()).isEqualTo(200);
        assertThat(designs.jsonArray().getJsonObject(0).getJsonArray("treated")).isNotEmpty();

        long first = start("{\"source\":\"CURRENT_PANEL\",\"purpose\":\"integration test\"}");
        JsonObject done = awaitExport(first);
        assertThat(done.getString("status")).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.getJsonNumber("rowsWritten").longValue())
                .isEqualTo(done.getJsonNumber("rowsTotal").longValue())
                .isPositive();

        Reply manifest = Api.as("evaluator").get("/api/v1/exports/" + first + "/manifest");
        assertThat(manifest.status()).as(manifest.toString()).isEqualTo(200);
        long snapshot = manifest.json().getJsonNumber("snapshotId").longValue();
        var files = manifest.json().getJsonArray("files");
        assertThat(files).hasSizeGreaterThan(2);
        for (var value : files) {
            JsonObject file = value.asJsonObject();
            String name = file.getString("name");
            if (name.endsWith(".gz") && !name.equals("panel-2021-03.csv.gz")) {
                continue; // one month is enough over HTTP; ExportTest scans every file
            }
            byte[] bytes = download(first, name);
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
                    .as(name)
                    .isEqualTo(file.getString("sha256"));
            String text = name.endsWith(".gz") ? gunzip(bytes) : new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).doesNotContainPattern("\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y]");
        }

        long again = start("{\"source\":\"SNAPSHOT\",\"snapshotId\":" + snapshot + "}");
        assertThat(awaitExport(again).getString("status")).isEqualTo("COMPLETED");
        assertThat(download(again, "panel-2021-03.csv.gz")).isEqualTo(download(first, "panel-2021-03.csv.gz"));
        assertThat(download(again, "manifest.json")).isEqualTo(download(first, "manifest.json"));
    }

    @Test
    void caseworkersMayNotSeeExports() {
        assertThat(Api.as("caseworker.helsinki").get("/api/v1/exports").status())
                .isEqualTo(403);
        assertThat(Api.anonymous().get("/api/v1/exports").status()).isEqualTo(401);
    }

    static String gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
