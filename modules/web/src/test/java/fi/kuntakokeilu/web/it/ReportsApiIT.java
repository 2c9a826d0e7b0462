package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.Api.Reply;
import fi.kuntakokeilu.web.it.support.RunningServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The monthly status report over HTTP against the running demo server (reporting issue): once the
 * demo panel has a month, an evaluator downloads the report as a spreadsheet and as a PDF, both of
 * which open with a real parser and carry the figures of the JSON form; sending the entity tag back
 * answers 304 without a body.
 */
class ReportsApiIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The newest month the demo panel holds, once the background build has completed. */
    static String newestMonth() throws InterruptedException {
        ExportsApiIT.awaitPanel();
        Reply months = Api.as("evaluator").get("/api/v1/reports/months");
        assertThat(months.status()).as(months.toString()).isEqualTo(200);
        JsonArray list = months.jsonArray();
        assertThat(list).isNotEmpty();
        return list.getString(list.size() - 1);
    }

    static HttpResponse<byte[]> report(String month, String accept, String ifNoneMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        RunningServer.uri("/api/v1/reports/monthly-status?month=" + month))
                .header("Authorization", "Basic " + evaluatorToken())
                .header("Accept", accept)
                .header("Accept-Language", "en");
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String evaluatorToken() {
        return Base64.getEncoder()
                .encodeToString(("evaluator:" + RunningServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** All trial areas' job seekers as the JSON form publishes it. */
    static long jobSeekersInTrialAreas(String month) throws IOException, InterruptedException {
        HttpResponse<byte[]> json = report(month, "application/json", null);
        assertThat(json.statusCode()).isEqualTo(200);
        JsonObject report;
        try (var reader = jakarta.json.Json.createReader(new ByteArrayInputStream(json.body()))) {
            report = reader.readObject();
        }
        JsonObject all =
                report.getJsonObject("allTrialAreas").getJsonArray("subgroups").getJsonObject(0);
        assertThat(all.getString("subgroup")).isEqualTo("ALL");
        JsonObject jobSeekers = all.getJsonArray("indicators").getJsonObject(0);
        assertThat(jobSeekers.getString("key")).isEqualTo("JOB_SEEKERS");
        JsonObject value = jobSeekers.getJsonObject("value");
        assertThat(value.getString("status")).isEqualTo("SHOWN");
        return value.getJsonNumber("value").longValueExact();
    }

    @Test
    void theJsonGoesGzipCompressedToAClientThatAcceptsItAndItsOwnTagAnswers304() throws Exception {
        String month = newestMonth();
        HttpResponse<byte[]> plain = report(month, "application/json", null);
        HttpRequest.Builder gzip = HttpRequest.newBuilder(
                        RunningServer.uri("/api/v1/reports/monthly-status?month=" + month))
                .header("Authorization", "Basic " + evaluatorToken())
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("Accept-Encoding", "gzip");
        HttpResponse<byte[]> compressed =
                HttpClient.newHttpClient().send(gzip.build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(compressed.statusCode()).isEqualTo(200);
        assertThat(compressed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(compressed.body().length).isLessThan(plain.body().length);
        try (var in = new java.util.zip.GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
        String tag = compressed.headers().firstValue("ETag").orElseThrow();
        assertThat(tag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());
        HttpResponse<byte[]> again = HttpClient.newHttpClient()
                .send(gzip.header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void theSpreadsheetOpensWithTheFiguresAndItsEntityTagAnswers304() throws Exception {
        String month = newestMonth();
        long jobSeekers = jobSeekersInTrialAreas(month);

        HttpResponse<byte[]> xlsx = report(month, XLSX, null);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(XLSX));
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).startsWith("About", "All job seekers levels");
            Map<String, Row> byFirstCell = sheets.get(1).read().stream()
                    .filter(row -> row.getCellCount() > 0 && row.getCellText(0) != null)
                    .collect(Collectors.toMap(row -> row.getCellText(0), row -> row, (a, b) -> a));
            assertThat(byFirstCell).containsKey("All trial areas");
            assertThat(byFirstCell.get("All trial areas").getCellAsNumber(1))
                    .hasValueSatisfying(v -> assertThat(v.longValueExact()).isEqualTo(jobSeekers));
        }

        String tag = xlsx.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = report(month, XLSX, tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(tag);
        HttpResponse<byte[]> otherForm = report(month, "application/pdf", tag);
        assertThat(otherForm.statusCode())
                .as("the spreadsheet's tag is not the PDF's")
                .isEqualTo(200);
    }

    @Test
    void thePdfOpensWithTheTablesAndItsEntityTagAnswers304() throws Exception {
        String month = newestMonth();

        HttpResponse<byte[]> pdf = report(month, "application/pdf", null);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Municipal employment trials: monthly status " + month)
                    .contains("All trial areas");
        }

        String tag = pdf.headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = report(month, "application/pdf", tag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aMonthThePanelDoesNotHoldIsNotFound() throws Exception {
        HttpResponse<byte[]> missing = report("1999-01", "application/json", null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }
}
