package fi.kuntakokeilu.reporting.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import fi.kuntakokeilu.reporting.support.SamplePanels;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/**
 * The report's formats opened with real parsers (Apache Commons CSV, fastexcel's reader, PDFBox):
 * each must contain the figures of the report, withheld cells as {@code ..}, and labels in the
 * reader's language.
 */
class ReportFormatsTest {

    private final MonthlyStatusReport report =
            SamplePanels.report(SamplePanels.aroundNewYear2022(), SamplePanels.JAN_2022, SuppressionPolicy.defaults());

    @Test
    void jsonCarriesEveryFigureWithItsStatus() {
        String json = new String(JsonReport.write(report), StandardCharsets.UTF_8);
        assertThat(json).doesNotContain("isShown");

        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        assertThat(object.getString("month")).isEqualTo("2022-01");
        JsonObject helsinki = object.getJsonArray("areas").getJsonObject(0);
        assertThat(helsinki.getString("areaKey")).isEqualTo("helsinki");
        JsonObject jobSeekers = helsinki.getJsonArray("subgroups")
                .getJsonObject(0)
                .getJsonArray("indicators")
                .getJsonObject(0);
        assertThat(jobSeekers.getString("key")).isEqualTo("JOB_SEEKERS");
        assertThat(jobSeekers.getJsonObject("value").getInt("value")).isEqualTo(20000);
        assertThat(jobSeekers.getJsonObject("value").getString("status")).isEqualTo("SHOWN");
        JsonObject kainuuLaidOff = object.getJsonArray("areas")
                .getJsonObject(1)
                .getJsonArray("subgroups")
                .getJsonObject(0)
                .getJsonArray("indicators")
                .getJsonObject(2);
        assertThat(kainuuLaidOff.getJsonObject("value").containsKey("value")).isFalse();
        assertThat(kainuuLaidOff.getJsonObject("value").getString("status")).isEqualTo("SUPPRESSED");
    }

    @Test
    void csvHasOneRowPerFigureWithStableKeysAndFinnishLabels() throws IOException {
        byte[] csv = CsvReport.write(report, new ReportLabels(Languages.FINNISH));

        assertThat(csv[0]).as("no byte-order mark").isEqualTo((byte) 'm');
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .get()
                .parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
                .getRecords();
        Map<String, CSVRecord> byKey = records.stream()
                .collect(Collectors.toMap(
                        r -> r.get("area_key") + "|" + r.get("subgroup_key") + "|" + r.get("indicator_key") + "|"
                                + r.get("measure_key"),
                        r -> r));

        CSVRecord helsinki = byKey.get("helsinki|ALL|JOB_SEEKERS|value");
        assertThat(helsinki.get("value")).isEqualTo("20000");
        assertThat(helsinki.get("area")).isEqualTo("Helsinki");
        assertThat(helsinki.get("indicator")).isEqualTo("Työnhakijat yhteensä");
        assertThat(byKey.get("helsinki|ALL|JOB_SEEKERS|yearOnYearPercent").get("value"))
                .isEqualTo("-20.0");
        assertThat(byKey.get("|ALL|JOB_SEEKERS|value").get("area")).isEqualTo("Kaikki kokeilualueet");
        CSVRecord hidden = byKey.get("kainuu|ALL|LAID_OFF_FULL|value");
        assertThat(hidden.get("value")).isEqualTo("..");
        assertThat(hidden.get("status")).isEqualTo("SUPPRESSED");
        assertThat(byKey.get("COUNTRY|ALL|UNEMPLOYED_SHARE|value").get("value")).isEqualTo("59.5");
        // 4 areas' columns (3 + total) × 4 subgroups × 12 indicators × 5 measures, and 3 country rows.
        assertThat(records).hasSize(4 * 4 * 12 * 5 + 3);
    }

    @Test
    void spreadsheetHasASheetPerTableWithTheFiguresAsNumbers() throws IOException {
        byte[] xlsx = XlsxReport.write(report, new ReportLabels(Languages.ENGLISH));

        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = workbook.getSheets().map(Sheet::getName).toList();
            assertThat(names)
                    .hasSize(1 + 4 * 3 + 2)
                    .startsWith("About", "All job seekers levels", "All job seekers change m")
                    .endsWith("Largest areas", "Whole country");
            Sheet levels = workbook.getSheets().toList().get(1);
            // Lines 1-based as the spreadsheet numbers them: title, empty, header, the areas, the total.
            Map<Integer, Row> rows = levels.read().stream().collect(Collectors.toMap(Row::getRowNum, r -> r));
            assertThat(rows.get(3).getCellText(1)).isEqualTo("Job seekers, total");
            Row helsinki = rows.get(4);
            assertThat(helsinki.getCellText(0)).isEqualTo("Helsinki");
            assertThat(helsinki.getCellAsNumber(1))
                    .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(20000));
            Row kainuu = rows.get(5);
            int laidOff = 3;
            assertThat(kainuu.getCellText(laidOff)).isEqualTo("..");
            Row total = rows.get(7);
            assertThat(total.getCellText(0)).isEqualTo("All trial areas");
            assertThat(total.getCellAsNumber(1))
                    .hasValueSatisfying(v -> assertThat(v.intValue()).isEqualTo(30800));
        }
    }

    @Test
    void pdfOpensAndPrintsTheTablesAndChartsInSwedish() throws IOException {
        byte[] pdf = PdfReport.write(report, new ReportLabels(Languages.SWEDISH));
        Files.write(Path.of("target", "monthly-status-sv.pdf"), pdf);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(10);
            String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
            assertThat(text)
                    .contains("Kommunförsökens lägesrapport 2022-01")
                    .contains("Helsingfors")
                    .contains("Alla försöksområden")
                    .contains("20 000")
                    .contains("30 800")
                    .contains("60,0")
                    .contains("..");
            // The two charts are images on the first two pages.
            int images = 0;
            for (int page = 0; page < 2; page++) {
                for (var name : document.getPage(page).getResources().getXObjectNames()) {
                    images++;
                }
            }
            assertThat(images).isEqualTo(2);
        }
    }
}
