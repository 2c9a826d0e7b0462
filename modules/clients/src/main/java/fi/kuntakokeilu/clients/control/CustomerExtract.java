package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.organisations.AreaMap;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An employment-office customer extract (docs/import-format.md), read one row at a time: a header
 * naming the columns in any order, then one job seeker a row, comma- or semicolon-separated (the
 * header decides). Each row comes back either whole and valid, or with every field at fault and
 * why, so a file of a million rows is read in the memory of one row and no bad row stops the good
 * ones. Problems with the header itself (a required column missing, an unknown column) refuse the
 * whole file before any row is read.
 */
public final class CustomerExtract implements Closeable {

    /** Columns every extract must have. */
    public static final List<String> REQUIRED = List.of(
            "personal_identity_code",
            "last_name",
            "first_names",
            "home_municipality",
            "mother_tongue",
            "labour_market_status",
            "unemployment_benefit",
            "registered_on",
            "status_since");

    /** Columns an extract may have. */
    public static final List<String> OPTIONAL =
            List.of("immigrant", "education_level", "email", "phone", "street_address", "postal_code", "post_office");

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    /** A valid row: one job seeker as the office knows them. */
    public record Row(
            long line,
            PersonalIdentityCode code,
            String firstName,
            String lastName,
            String homeMunicipality,
            String motherTongue,
            boolean immigrant,
            Integer educationLevel,
            LabourMarketStatus labourMarketStatus,
            UnemploymentBenefit unemploymentBenefit,
            LocalDate registeredOn,
            LocalDate statusSince,
            String email,
            String phone,
            String streetAddress,
            String postalCode,
            String postOffice) {

        /** The day the row's situation takes effect: not before registration. */
        public LocalDate situationFrom() {
            return statusSince.isBefore(registeredOn) ? registeredOn : statusSince;
        }
    }

    /** A fault in a row: line, column, a message key and its argument. */
    public record RowError(long line, String field, String code, String argument) {}

    /** One row read: valid, or with its faults. */
    public record Parsed(long line, Row row, List<RowError> errors) {
        public boolean isValid() {
            return row != null;
        }
    }

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns;
    private final AreaMap areas;
    private long lastLineRead;
    private boolean broken;
    private Parsed pending;

    private CustomerExtract(CSVParser parser, Map<String, Integer> columns, AreaMap areas, long headerLines) {
        this.parser = parser;
        this.records = parser.iterator();
        this.columns = columns;
        this.areas = areas;
        this.lastLineRead = headerLines;
    }

    /**
     * Opens an extract and reads its header.
     *
     * @param areas to check that each home municipality lies in a known office's region
     * @throws InvalidInputException when the header lacks a required column or names an unknown one
     */
    public static CustomerExtract open(Reader reader, AreaMap areas) {
        try {
            BufferedReader buffered = new BufferedReader(reader, 1 << 16);
            buffered.mark(1 << 15);
            String firstLine = buffered.readLine();
            buffered.reset();
            if (firstLine == null || firstLine.isBlank()) {
                throw InvalidInputException.of("header", "clients.import.empty");
            }
            if (firstLine.startsWith("\uFEFF")) {
                buffered.skip(1);
                firstLine = firstLine.substring(1);
            }
            char delimiter = firstLine.indexOf(';') >= 0 && firstLine.indexOf(',') < 0 ? ';' : ',';
            CSVParser parser = CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    // Empty lines stay records, so line numbers stay true; next() skips them.
                    .setIgnoreEmptyLines(false)
                    .setTrim(true)
                    .build()
                    .parse(buffered);
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord header = records.next();
            Map<String, Integer> columns = new HashMap<>();
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.equals("first_name")) {
                    name = "first_names";
                }
                if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                    errors.add("header", "clients.import.unknownColumn", header.get(i));
                } else if (columns.putIfAbsent(name, i) != null) {
                    errors.add("header", "clients.import.repeatedColumn", header.get(i));
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    errors.add("header", "clients.import.missingColumn", required);
                }
            }
            errors.throwIfAny();
            return new CustomerExtract(parser, columns, areas, parser.getCurrentLineNumber());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalStateException | java.util.NoSuchElementException e) {
            throw InvalidInputException.of("header", "clients.import.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /**
     * The next rows, at most {@code size}; empty at the end of the file. A chunk ends early before a
     * row whose identity code it already holds, so that rows apply in the file's order (the later
     * row updates the earlier one) while a chunk's rows can be written together.
     */
    public List<Parsed> nextChunk(int size) {
        List<Parsed> chunk = new ArrayList<>(size);
        Set<String> codes = new java.util.HashSet<>();
        while (chunk.size() < size) {
            Parsed parsed = pending != null ? pending : next().orElse(null);
            pending = null;
            if (parsed == null) {
                break;
            }
            if (parsed.isValid() && !codes.add(parsed.row().code().value())) {
                pending = parsed;
                break;
            }
            chunk.add(parsed);
        }
        return chunk;
    }

    /** The next row, or empty at the end of the file. A row the CSV syntax cannot read ends the file with one error. */
    public Optional<Parsed> next() {
        while (!broken) {
            CSVRecord record;
            long line = lastLineRead + 1;
            try {
                if (!records.hasNext()) {
                    return Optional.empty();
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // The CSV syntax broke (an unterminated quote): nothing after it can be read reliably.
                broken = true;
                return Optional.of(new Parsed(
                        line,
                        null,
                        List.of(new RowError(
                                line, "row", "clients.import.unreadable", String.valueOf(e.getMessage())))));
            }
            lastLineRead = parser.getCurrentLineNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            return Optional.of(parse(record, line));
        }
        return Optional.empty();
    }

    private Parsed parse(CSVRecord record, long line) {
        Fields fields = new Fields(record, line);
        String codeText = fields.required("personal_identity_code");
        PersonalIdentityCode code = null;
        if (codeText != null) {
            Optional<PersonalIdentityCode.Defect> defect = PersonalIdentityCode.check(codeText);
            if (defect.isPresent()) {
                fields.fail("personal_identity_code", defect.get().messageKey(), null);
            } else {
                code = PersonalIdentityCode.parse(codeText);
            }
        }
        String lastName = fields.text("last_name", true, 100);
        String firstName = fields.text("first_names", true, 100);
        String home = fields.required("home_municipality");
        if (home != null) {
            if (!MunicipalityCode.isWellFormed(home)) {
                fields.fail("home_municipality", "platform.municipalityCode.format", null);
                home = null;
            } else if (areas.officeOf(MunicipalityCode.of(home)).isEmpty()) {
                fields.fail("home_municipality", "clients.homeMunicipality.unknown", home);
                home = null;
            }
        }
        String tongueText = fields.required("mother_tongue");
        String tongue =
                tongueText == null ? null : MotherTongues.normalise(tongueText).orElse(null);
        if (tongueText != null && tongue == null) {
            fields.fail("mother_tongue", "clients.motherTongue.unknown", tongueText);
        }
        boolean immigrant = fields.flag("immigrant");
        Integer education = fields.integer("education_level", 0, 9);
        LabourMarketStatus status = fields.constant("labour_market_status", LabourMarketStatus.class);
        UnemploymentBenefit benefit = fields.constant("unemployment_benefit", UnemploymentBenefit.class);
        LocalDate registeredOn = fields.date("registered_on");
        LocalDate statusSince = fields.date("status_since");
        if (code != null && registeredOn != null && registeredOn.isBefore(code.birthDate())) {
            fields.fail("registered_on", "clients.registeredOn.beforeBirth", null);
        }
        String email = fields.matching("email", "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", 200);
        String phone = fields.matching("phone", "\\+?[0-9 ()-]{5,40}", 40);
        String street = fields.text("street_address", false, 200);
        String postalCode = fields.matching("postal_code", "\\d{5}", 10);
        String postOffice = fields.text("post_office", false, 100);
        if (!fields.errors.isEmpty()) {
            return new Parsed(line, null, List.copyOf(fields.errors));
        }
        return new Parsed(
                line,
                new Row(
                        line,
                        code,
                        firstName,
                        lastName,
                        home,
                        tongue,
                        immigrant,
                        education,
                        status,
                        benefit,
                        registeredOn,
                        statusSince,
                        email,
                        phone,
                        street,
                        postalCode,
                        postOffice),
                List.of());
    }

    /** Reads the fields of one record, collecting every fault. */
    private final class Fields {
        private final CSVRecord record;
        private final long line;
        private final List<RowError> errors = new ArrayList<>();
        private final Set<String> failed = new LinkedHashSet<>();

        Fields(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        void fail(String field, String code, String argument) {
            if (failed.add(field)) {
                errors.add(new RowError(line, field, code, argument));
            }
        }

        String raw(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String column) {
            String value = raw(column);
            if (value == null) {
                fail(column, "clients.import.required", null);
            }
            return value;
        }

        String text(String column, boolean required, int max) {
            String value = required ? required(column) : raw(column);
            if (value != null && value.length() > max) {
                fail(column, "clients.import.tooLong", String.valueOf(max));
                return null;
            }
            return value;
        }

        String matching(String column, String pattern, int max) {
            String value = text(column, false, max);
            if (value != null && !value.matches(pattern)) {
                fail(column, "clients.import.badValue", value);
                return null;
            }
            return value;
        }

        boolean flag(String column) {
            String value = raw(column);
            if (value == null) {
                return false;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "1", "yes", "k", "kyllä", "ja" -> {
                    return true;
                }
                case "false", "0", "no", "e", "ei", "nej" -> {
                    return false;
                }
                default -> {
                    fail(column, "clients.import.badValue", value);
                    return false;
                }
            }
        }

        Integer integer(String column, int min, int max) {
            String value = raw(column);
            if (value == null) {
                return null;
            }
            try {
                int number = Integer.parseInt(value);
                if (number < min || number > max) {
                    fail(column, "clients.import.badValue", value);
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                fail(column, "clients.import.badValue", value);
                return null;
            }
        }

        <E extends Enum<E>> E constant(String column, Class<E> type) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(column, "clients.import.badValue", value);
                return null;
            }
        }

        LocalDate date(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return value.contains(".") ? LocalDate.parse(value, FINNISH_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                fail(column, "clients.import.notDate", value);
                return null;
            }
        }
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
