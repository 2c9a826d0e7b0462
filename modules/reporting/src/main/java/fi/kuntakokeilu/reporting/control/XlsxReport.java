package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The monthly status report as a spreadsheet (XLSX, written with fastexcel): a sheet "about" with
 * the month, the threshold and the symbols, then one sheet per table of {@link ReportTables}.
 * Figures are numbers (shares with one decimal); a figure without a number is the text {@code ..}
 * or {@code .}, as in Statistics Finland's tables.
 */
public final class XlsxReport {

    private XlsxReport() {}

    public static byte[] write(MonthlyStatusReport report, ReportLabels labels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(bytes, "Kuntakokeilu", "1.0");
            Worksheet about = workbook.newWorksheet(labels.text("reporting.sheet.about"));
            about.value(0, 0, labels.text("reporting.title.month", report.month()));
            about.style(0, 0).bold().set();
            about.value(2, 0, labels.text("reporting.about.month"));
            about.value(2, 1, report.month());
            about.value(3, 0, labels.text("reporting.about.threshold"));
            about.value(3, 1, report.threshold());
            about.value(4, 0, labels.text("reporting.about.catalogue"));
            about.value(4, 1, report.catalogueVersion());
            about.value(6, 0, labels.text("reporting.about.suppressed"));
            about.value(7, 0, labels.text("reporting.about.notApplicable"));
            about.value(8, 0, labels.text("reporting.about.shares"));
            about.width(0, 40);
            for (ReportTables.Table table : ReportTables.of(report, labels)) {
                sheet(workbook.newWorksheet(table.sheetName()), table);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void sheet(Worksheet sheet, ReportTables.Table table) {
        sheet.value(0, 0, table.title());
        sheet.style(0, 0).bold().set();
        List<String> header = table.header();
        for (int c = 0; c < header.size(); c++) {
            sheet.value(2, c, header.get(c));
            sheet.style(2, c).bold().wrapText(true).set();
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                int line = 3 + r;
                if (row.get(c) instanceof Figure figure) {
                    if (figure.isShown()) {
                        sheet.value(line, c, figure.value());
                        sheet.style(line, c)
                                .format(figure.value().scale() > 0 ? "#,##0.0" : "#,##0")
                                .set();
                    } else {
                        sheet.value(line, c, figure.status().symbol());
                        sheet.style(line, c).horizontalAlignment("right").set();
                    }
                } else {
                    sheet.value(line, c, String.valueOf(row.get(c)));
                }
            }
        }
        sheet.width(0, 28);
        sheet.freezePane(1, 3);
    }
}
