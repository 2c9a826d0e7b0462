package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.reporting.AreaFigures;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.ReportDocument;
import fi.kuntakokeilu.reporting.ReportFormat;
import fi.kuntakokeilu.reporting.Reports;
import fi.kuntakokeilu.reporting.SubgroupFigures;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The monthly status report of a month the panel holds: its main table (every indicator of the
 * catalogue for all job seekers, per trial area and for all trial areas together, suppressed cells
 * shown with Statistics Finland's symbol) and the report to download as a spreadsheet, CSV or PDF in
 * the user's language. Evaluators, area managers and administrators only (web.xml and the reporting
 * module both say so). While the demo panel is still being built there is no month yet, and the
 * page says so.
 */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Reports reports;

    @Inject
    LanguageView language;

    @Inject
    FacesProblems problems;

    private List<String> months = List.of();
    private String month;
    private MonthlyStatusReport report;

    /** The page's view action: the latest month, if there is one. */
    public void open() {
        if (report != null) {
            return;
        }
        months = problems.orErrorPage(reports::months);
        if (months != null && !months.isEmpty()) {
            month = months.get(months.size() - 1);
            show();
        }
    }

    /** Shows the chosen month. */
    public void show() {
        if (month == null || !months.contains(month)) {
            problems.refuse("reports:month", "reports.unknownMonth");
            return;
        }
        MonthlyStatusReport read = problems.attempt(
                () -> reports.monthlyStatus(YearMonth.parse(month), null), Map.of("month", "reports:month"));
        if (read != null) {
            report = read;
        }
    }

    /** The columns of the main table: each trial area, then all of them together. */
    public List<AreaFigures> getColumns() {
        if (report == null) {
            return List.of();
        }
        List<AreaFigures> columns = new ArrayList<>(report.areas());
        columns.add(report.allTrialAreas());
        return columns;
    }

    /** The rows of the main table: the catalogue's indicators in report order. */
    public List<String> getIndicators() {
        return report == null ? List.of() : report.indicators();
    }

    public String columnName(AreaFigures column) {
        return column.areaKey() == null
                ? Messages.get(language.getLocale(), "reporting.allTrialAreas")
                : column.name(language.getLocale());
    }

    public String indicatorName(String key) {
        return Messages.lookup(language.getLocale(), "reporting.indicator." + key)
                .orElse(key);
    }

    /** A cell for all job seekers: the figure, or the symbol of a suppressed or missing one. */
    public String cell(AreaFigures column, String indicator) {
        SubgroupFigures all = column.subgroups().get(0);
        Figure figure = all.indicator(indicator).value();
        return figure.toString();
    }

    public StreamedContent getXlsx() {
        return download(ReportFormat.XLSX);
    }

    public StreamedContent getCsv() {
        return download(ReportFormat.CSV);
    }

    public StreamedContent getPdf() {
        return download(ReportFormat.PDF);
    }

    private StreamedContent download(ReportFormat format) {
        if (report == null) {
            return null;
        }
        YearMonth chosen = YearMonth.parse(report.month());
        return DefaultStreamedContent.builder()
                .name("kuntakokeilu-" + report.month() + "." + format.name().toLowerCase(java.util.Locale.ROOT))
                .contentType(format.mediaType())
                .stream(() -> {
                    ReportDocument document = reports.monthlyStatusDocument(chosen, null, format, language.getLocale());
                    return new ByteArrayInputStream(document.content());
                })
                .build();
    }

    public MonthlyStatusReport getReport() {
        return report;
    }

    public List<String> getMonths() {
        return months == null ? List.of() : months;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
