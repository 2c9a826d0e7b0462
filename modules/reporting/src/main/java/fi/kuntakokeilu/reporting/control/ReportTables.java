package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.AreaFigures;
import fi.kuntakokeilu.reporting.CountryComparison;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.IndicatorFigure;
import fi.kuntakokeilu.reporting.MonthlyStatusReport;
import fi.kuntakokeilu.reporting.PeriodChange;
import fi.kuntakokeilu.reporting.RankedArea;
import fi.kuntakokeilu.reporting.SubgroupFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The monthly status report laid out as the tables a person reads, with headers in the reader's
 * language: for each subgroup the month-end figures, the change on the previous month and the
 * change on a year earlier (areas down, indicators across, all trial areas last); the largest
 * areas; the country comparison. The spreadsheet puts each on its own sheet, the PDF prints them
 * in this order.
 */
public final class ReportTables {

    /** Excel refuses sheet names over 31 characters. */
    private static final int SHEET_NAME_LIMIT = 31;

    /**
     * One table. Cells are {@link String}s (labels) or {@link Figure}s (numbers).
     *
     * @param sheetName a short name, unique in the report, usable as a spreadsheet sheet name
     */
    public record Table(String sheetName, String title, List<String> header, List<List<Object>> rows) {

        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    private ReportTables() {}

    public static List<Table> of(MonthlyStatusReport report, ReportLabels labels) {
        List<AreaFigures> columns = new ArrayList<>(report.areas());
        columns.add(report.allTrialAreas());
        List<Table> tables = new ArrayList<>();
        for (SubgroupFigures subgroup : report.allTrialAreas().subgroups()) {
            Subgroup group = subgroup.subgroup();
            tables.add(levels(columns, group, labels));
            tables.add(changes(columns, group, labels, "monthOnMonth", IndicatorFigure::monthOnMonth));
            tables.add(changes(columns, group, labels, "yearOnYear", IndicatorFigure::yearOnYear));
        }
        tables.add(largest(report, labels));
        tables.add(country(report.countryComparison(), labels));
        return tables;
    }

    private static Table levels(List<AreaFigures> columns, Subgroup group, ReportLabels labels) {
        List<String> header = new ArrayList<>();
        header.add(labels.text("reporting.area"));
        for (IndicatorFigure indicator : columns.get(0).subgroup(group).indicators()) {
            header.add(labels.indicator(indicator.key()));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AreaFigures area : columns) {
            List<Object> row = new ArrayList<>();
            row.add(labels.area(area));
            for (IndicatorFigure indicator : area.subgroup(group).indicators()) {
                row.add(indicator.value());
            }
            rows.add(row);
        }
        return new Table(sheetName(labels, group, "levels"), title(labels, group, "levels"), header, rows);
    }

    private static Table changes(
            List<AreaFigures> columns,
            Subgroup group,
            ReportLabels labels,
            String which,
            Function<IndicatorFigure, PeriodChange> change) {
        List<String> header = new ArrayList<>();
        header.add(labels.text("reporting.area"));
        for (IndicatorFigure indicator : columns.get(0).subgroup(group).indicators()) {
            header.add(labels.indicator(indicator.key()) + ", " + labels.text("reporting.change.absolute"));
            if (indicator.kind() == IndicatorKind.COUNT) {
                header.add(labels.indicator(indicator.key()) + ", " + labels.text("reporting.change.percent"));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (AreaFigures area : columns) {
            List<Object> row = new ArrayList<>();
            row.add(labels.area(area));
            for (IndicatorFigure indicator : area.subgroup(group).indicators()) {
                row.add(change.apply(indicator).absolute());
                if (indicator.kind() == IndicatorKind.COUNT) {
                    row.add(change.apply(indicator).percent());
                }
            }
            rows.add(row);
        }
        return new Table(sheetName(labels, group, which), title(labels, group, which), header, rows);
    }

    private static Table largest(MonthlyStatusReport report, ReportLabels labels) {
        List<String> header = List.of(
                labels.text("reporting.rank"),
                labels.text("reporting.area"),
                labels.indicator("JOB_SEEKERS"),
                labels.indicator("UNEMPLOYED"),
                labels.indicator("UNEMPLOYED_SHARE"));
        List<List<Object>> rows = new ArrayList<>();
        for (RankedArea area : report.largestAreas()) {
            rows.add(List.of(
                    String.valueOf(area.rank()),
                    labels.area(area.areaKey(), area.nameFi(), area.nameSv()),
                    area.jobSeekers(),
                    area.unemployed(),
                    area.unemployedShare()));
        }
        return new Table(labels.text("reporting.sheet.largest"), labels.text("reporting.table.largest"), header, rows);
    }

    private static Table country(CountryComparison comparison, ReportLabels labels) {
        List<String> header = List.of(
                labels.text("reporting.area"),
                labels.indicator("JOB_SEEKERS"),
                labels.indicator("UNEMPLOYED"),
                labels.indicator("UNEMPLOYED_SHARE"));
        List<List<Object>> rows = List.of(
                List.of(
                        labels.text("reporting.allTrialAreas"),
                        comparison.trialAreasJobSeekers(),
                        comparison.trialAreasUnemployed(),
                        comparison.trialAreasUnemployedShare()),
                List.of(
                        labels.text("reporting.country"),
                        comparison.countryJobSeekers(),
                        comparison.countryUnemployed(),
                        comparison.countryUnemployedShare()));
        return new Table(labels.text("reporting.sheet.country"), labels.text("reporting.table.country"), header, rows);
    }

    private static String title(ReportLabels labels, Subgroup group, String which) {
        return labels.text("reporting.table." + which) + ": " + labels.subgroup(group);
    }

    private static String sheetName(ReportLabels labels, Subgroup group, String which) {
        String suffix = " " + labels.text("reporting.sheet." + which);
        String name = labels.subgroup(group);
        int room = SHEET_NAME_LIMIT - suffix.length();
        if (name.length() > room) {
            name = name.substring(0, room).strip();
        }
        return name + suffix;
    }
}
