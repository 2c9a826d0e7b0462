package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.AreaFigures;
import fi.kuntakokeilu.reporting.CountryComparison;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.IndicatorFigure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.SubgroupFigures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The monthly status report as CSV for machines: one row per published figure ("tidy" or long
 * format), so one file holds every table without a layout to parse.
 *
 * <p>Columns: {@code month, area_key, area, subgroup_key, subgroup, indicator_key, indicator,
 * measure_key, measure, value, status}. The {@code *_key} columns and the header are fixed words a
 * program can rely on; {@code area}, {@code subgroup}, {@code indicator} and {@code measure} are in
 * the caller's language. {@code area_key} is empty for all trial areas together and {@code COUNTRY}
 * for the whole country (job seekers, unemployed and their share only). {@code value} is the plain
 * number with a decimal point, or Statistics Finland's symbol {@code ..} (confidential) or {@code .}
 * (not applicable); {@code status} names the case in words ({@code SHOWN}, {@code SUPPRESSED},
 * {@code NOT_APPLICABLE}).
 *
 * <p>RFC 4180 (comma, double quotes, CRLF), UTF-8 <b>without</b> a byte-order mark: the CSV is for
 * programs, which a BOM trips (it becomes part of the first column's name); a person who wants the
 * report in a spreadsheet takes the XLSX, which carries its own encoding.
 */
public final class CsvReport {

    static final List<String> HEADER = List.of(
            "month",
            "area_key",
            "area",
            "subgroup_key",
            "subgroup",
            "indicator_key",
            "indicator",
            "measure_key",
            "measure",
            "value",
            "status");

    private CsvReport() {}

    public static byte[] write(MonthlyStatusReport report, ReportLabels labels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.RFC4180
                                .builder()
                                .setHeader(HEADER.toArray(String[]::new))
                                .get())) {
            List<AreaFigures> columns = new ArrayList<>(report.areas());
            columns.add(report.allTrialAreas());
            for (AreaFigures area : columns) {
                for (SubgroupFigures subgroup : area.subgroups()) {
                    for (IndicatorFigure indicator : subgroup.indicators()) {
                        Row row = new Row(report.month(), area.areaKey(), labels.area(area), subgroup.subgroup());
                        row.print(csv, labels, indicator.key(), "value", indicator.value());
                        row.print(
                                csv,
                                labels,
                                indicator.key(),
                                "monthOnMonth",
                                indicator.monthOnMonth().absolute());
                        row.print(
                                csv,
                                labels,
                                indicator.key(),
                                "monthOnMonthPercent",
                                indicator.monthOnMonth().percent());
                        row.print(
                                csv,
                                labels,
                                indicator.key(),
                                "yearOnYear",
                                indicator.yearOnYear().absolute());
                        row.print(
                                csv,
                                labels,
                                indicator.key(),
                                "yearOnYearPercent",
                                indicator.yearOnYear().percent());
                    }
                }
            }
            CountryComparison country = report.countryComparison();
            Row row = new Row(report.month(), "COUNTRY", labels.text("reporting.country"), Subgroup.ALL);
            row.print(csv, labels, "JOB_SEEKERS", "value", country.countryJobSeekers());
            row.print(csv, labels, "UNEMPLOYED", "value", country.countryUnemployed());
            row.print(csv, labels, "UNEMPLOYED_SHARE", "value", country.countryUnemployedShare());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private record Row(String month, String areaKey, String area, Subgroup subgroup) {

        void print(CSVPrinter csv, ReportLabels labels, String indicator, String measure, Figure figure)
                throws IOException {
            csv.printRecord(
                    month,
                    areaKey == null ? "" : areaKey,
                    area,
                    subgroup.name(),
                    labels.subgroup(subgroup),
                    indicator,
                    labels.indicator(indicator),
                    measure,
                    labels.text("reporting.measure." + measure),
                    figure.toString(),
                    figure.status().name());
        }
    }
}
