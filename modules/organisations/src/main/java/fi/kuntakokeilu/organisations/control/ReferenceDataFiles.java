package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.TrialAreaStatus;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the reference-data files in {@code config/reference-data}: a bad row is reported with its
 * line and field and skipped, the good rows are kept. The formats are those of the files shipped
 * there (a header row; UTF-8; comma separated).
 */
public final class ReferenceDataFiles {

    public static final String OFFICES = "employment-offices.csv";
    public static final String AREAS = "trial-areas.csv";

    private static final Set<String> OFFICE_COLUMNS =
            Set.of("office_key", "office_name_fi", "office_name_sv", "municipality_code", "municipality_name_fi");
    private static final Set<String> AREA_COLUMNS = Set.of(
            "area_key",
            "area_name_fi",
            "area_name_sv",
            "municipality_code",
            "municipality_name_fi",
            "municipality_name_sv",
            "trial_start",
            "trial_end",
            "status");

    private ReferenceDataFiles() {}

    /** A row that could not be used, and why. */
    public record RowError(long line, String field, String reason) {}

    public record Parsed<T>(List<T> rows, List<RowError> errors) {}

    /** A municipality in an employment office's region. */
    public record OfficeRow(
            long line,
            String officeKey,
            String nameFi,
            String nameSv,
            String municipalityCode,
            String municipalityNameFi) {}

    /** A municipality's membership of a trial area for the trial's period. */
    public record AreaRow(
            long line,
            String areaKey,
            String areaNameFi,
            String areaNameSv,
            String municipalityCode,
            String municipalityNameFi,
            String municipalityNameSv,
            LocalDate trialStart,
            LocalDate trialEnd,
            TrialAreaStatus status) {}

    public static Parsed<OfficeRow> offices(String content) {
        List<OfficeRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (CSVRecord record : records(content, OFFICE_COLUMNS, errors)) {
            long line = record.getRecordNumber() + 1;
            Row row = new Row(record, line, errors);
            String key = row.required("office_key");
            String name = row.required("office_name_fi");
            String code = row.municipalityCode("municipality_code");
            String municipalityName = row.required("municipality_name_fi");
            if (row.ok()) {
                rows.add(new OfficeRow(line, key, name, row.optional("office_name_sv"), code, municipalityName));
            }
        }
        return new Parsed<>(rows, errors);
    }

    public static Parsed<AreaRow> areas(String content) {
        List<AreaRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (CSVRecord record : records(content, AREA_COLUMNS, errors)) {
            long line = record.getRecordNumber() + 1;
            Row row = new Row(record, line, errors);
            String key = row.required("area_key");
            String name = row.required("area_name_fi");
            String code = row.municipalityCode("municipality_code");
            String municipalityName = row.required("municipality_name_fi");
            LocalDate start = row.date("trial_start", true);
            LocalDate end = row.date("trial_end", false);
            TrialAreaStatus status = row.status("status");
            if (start != null && end != null && end.isBefore(start)) {
                row.error("trial_end", "ends before it starts");
            }
            if (row.ok()) {
                rows.add(new AreaRow(
                        line,
                        key,
                        name,
                        row.optional("area_name_sv"),
                        code,
                        municipalityName,
                        row.optional("municipality_name_sv"),
                        start,
                        end,
                        status));
            }
        }
        return new Parsed<>(rows, errors);
    }

    private static List<CSVRecord> records(String content, Set<String> required, List<RowError> errors) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        try (Reader reader = new StringReader(content.startsWith("\uFEFF") ? content.substring(1) : content)) {
            var parser = format.parse(reader);
            List<String> missing = required.stream()
                    .filter(column -> !parser.getHeaderMap().containsKey(column))
                    .sorted()
                    .toList();
            if (!missing.isEmpty()) {
                errors.add(new RowError(1, String.join(",", missing), "missing column"));
                return List.of();
            }
            return parser.getRecords();
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new RowError(0, "", "unreadable CSV: " + e.getMessage()));
            return List.of();
        }
    }

    /** One record's fields, collecting every fault rather than stopping at the first. */
    private static final class Row {
        private final CSVRecord record;
        private final long line;
        private final List<RowError> errors;
        private boolean ok = true;

        Row(CSVRecord record, long line, List<RowError> errors) {
            this.record = record;
            this.line = line;
            this.errors = errors;
        }

        boolean ok() {
            return ok;
        }

        void error(String field, String reason) {
            errors.add(new RowError(line, field, reason));
            ok = false;
        }

        String optional(String column) {
            String value = record.isSet(column) ? record.get(column) : null;
            return value == null || value.isBlank() ? null : value;
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                error(column, "missing");
            }
            return value;
        }

        String municipalityCode(String column) {
            String value = required(column);
            if (value != null && !MunicipalityCode.isWellFormed(value)) {
                error(column, "not three digits");
                return null;
            }
            return value;
        }

        LocalDate date(String column, boolean required) {
            String value = required ? required(column) : optional(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(column, "not a date (YYYY-MM-DD)");
                return null;
            }
        }

        TrialAreaStatus status(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return TrialAreaStatus.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(column, "not confirmed or selected");
                return null;
            }
        }
    }
}
