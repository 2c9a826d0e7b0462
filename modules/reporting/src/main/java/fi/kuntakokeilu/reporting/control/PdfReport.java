package fi.kuntakokeilu.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import fi.kuntakokeilu.reporting.AreaSeries;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.TimeSeries;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The monthly status report as a printable PDF (A4 landscape, OpenPDF): the title and symbols, the
 * tables of {@link ReportTables} in order, and two charts drawn with JFreeChart, unemployed and
 * activation rate per trial area over thirteen months (a withheld month is a gap in its line, not
 * a zero). Text uses the PDF standard font Helvetica, which covers Finnish and Swedish letters, so
 * no font files are needed for the text; the charts are drawn by Java2D, which needs one font
 * installed on the server (any, e.g. DejaVu).
 */
public final class PdfReport {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private PdfReport() {}

    public static byte[] write(MonthlyStatusReport report, ReportLabels labels) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, bytes);
            String title = labels.text("reporting.title.month", report.month());
            document.addTitle(title);
            document.addCreator("Kuntakokeilu");
            document.open();
            document.add(new Paragraph(title, TITLE));
            document.add(new Paragraph(
                    labels.text("reporting.about.threshold") + ": " + report.threshold() + "    "
                            + labels.text("reporting.about.catalogue") + ": " + report.catalogueVersion(),
                    BODY));
            document.add(new Paragraph(labels.text("reporting.about.suppressed"), BODY));
            document.add(new Paragraph(labels.text("reporting.about.notApplicable"), BODY));
            document.add(new Paragraph(labels.text("reporting.about.shares"), BODY));
            for (TimeSeries series : report.series()) {
                document.add(chart(series, labels));
            }
            for (ReportTables.Table table : ReportTables.of(report, labels)) {
                document.newPage();
                document.add(new Paragraph(table.title(), HEADING));
                document.add(table(table, labels));
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the report could not be laid out", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static PdfPTable table(ReportTables.Table table, ReportLabels labels) {
        int columns = table.header().size();
        // Wide change tables get a smaller type so that every column fits across the page.
        float size = columns > 14 ? 5.5f : 7.5f;
        Font header = FontFactory.getFont(FontFactory.HELVETICA_BOLD, size);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, size);
        PdfPTable pdf = new PdfPTable(columns);
        pdf.setWidthPercentage(100);
        pdf.setSpacingBefore(6);
        pdf.setHeaderRows(1);
        float[] widths = new float[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = c == 0 ? 2.6f : 1f;
        }
        pdf.setWidths(widths);
        for (String text : table.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(text, header));
            cell.setBackgroundColor(new Color(0xE4, 0xEC, 0xF4));
            cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
            pdf.addCell(cell);
        }
        for (List<Object> row : table.rows()) {
            for (Object value : row) {
                PdfPCell cell;
                if (value instanceof Figure figure) {
                    cell = new PdfPCell(new Phrase(labels.format(figure), body));
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                } else {
                    cell = new PdfPCell(new Phrase(String.valueOf(value), body));
                }
                pdf.addCell(cell);
            }
        }
        return pdf;
    }

    private static Image chart(TimeSeries series, ReportLabels labels) throws IOException {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (AreaSeries area : series.areas()) {
            String name = labels.area(area.areaKey(), area.nameFi(), area.nameSv());
            for (int m = 0; m < series.months().size(); m++) {
                Figure figure = area.values().get(m);
                dataset.addValue(
                        figure.isShown() ? figure.value() : null,
                        name,
                        series.months().get(m));
            }
        }
        JFreeChart chart = ChartFactory.createLineChart(
                labels.text("reporting.chart." + series.indicator()),
                labels.text("reporting.month.label"),
                labels.indicator(series.indicator()),
                dataset,
                PlotOrientation.VERTICAL,
                true,
                false,
                false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(NumberFormat.getNumberInstance(labels.locale()));
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setDefaultShapesVisible(true);
        // All trial areas together, the last line, stands out.
        int total = dataset.getRowCount() - 1;
        if (total >= 0) {
            renderer.setSeriesPaint(total, Color.BLACK);
            renderer.setSeriesStroke(total, new BasicStroke(2.5f));
        }
        BufferedImage image = chart.createBufferedImage(1500, 700);
        Image pdfImage = Image.getInstance(image, null);
        pdfImage.scaleToFit(780, 364);
        pdfImage.setAlignment(Element.ALIGN_CENTER);
        return pdfImage;
    }
}
