package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.ExportManifest;
import fi.kuntakokeilu.evaluation.ExportView;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Writes the files of a research export: one gzip CSV per month end of the panel ({@code
 * panel-YYYY-MM.csv.gz}), the data dictionary ({@code data-dictionary.csv}) and the manifest
 * ({@code manifest.json}).
 *
 * <p>No identity code, name, birth date or exact age ever reaches a file: the panel has none of the
 * first three, and a person appears only as a keyed pseudonym ({@link Pseudonyms}) with an age
 * band. Bytes are deterministic: rows sorted by pseudonym, fixed columns and formatting, gzip
 * blocks cut every 256 KiB whichever thread compresses them, and a gzip header with no time or
 * file name (MTIME 0); so the same snapshot, project and key always give byte-identical files. A
 * month is written to a {@code .part} file and moved into place only when complete, so a crash
 * leaves either the whole month or nothing under its name; a restart writes the month again,
 * identically.
 */
@ApplicationScoped
public class PanelExport {

    public static final String FORMAT = "kuntakokeilu-evaluation-export/2";
    public static final String DICTIONARY = "data-dictionary.csv";
    public static final String MANIFEST = "manifest.json";

    /** An exported column: its name, the panel column it comes from, and what it means. */
    public record Column(String name, String type, String description) {}

    /** The columns of every month file, in order. */
    public static final List<Column> COLUMNS = List.of(
            new Column(
                    "pseudonym",
                    "text(32)",
                    "Keyed pseudonym of the person (HMAC-SHA-256 of the research"
                            + " project and the person under the project's key; first 128 bits, hex). Stable within a"
                            + " project and key id."),
            new Column(
                    "month_end", "date", "The month end the row describes (as things stood at the end of that day)."),
            new Column("body_type", "code", "Responsible body: EMPLOYMENT_OFFICE or TRIAL_AREA."),
            new Column("body_key", "code", "Key of the responsible employment office or trial area."),
            new Column("home_municipality", "code(3)", "Home municipality (Statistics Finland code) at the month end."),
            new Column(
                    "municipality_area",
                    "code",
                    "Trial area the home municipality belonged to at the month end;" + " empty if none."),
            new Column("labour_market_status", "code", "Labour-market status at the month end."),
            new Column("unemployment_benefit", "code", "Unemployment benefit entitlement at the month end."),
            new Column("unemployed", "0/1", "Unemployed or fully laid off (docs/indicators.md, UNEMPLOYED)."),
            new Column("laid_off_full", "0/1", "Fully laid off."),
            new Column("in_services", "0/1", "In an employment service (IN_SERVICES)."),
            new Column("in_training", "0/1", "In full-time studies (IN_TRAINING)."),
            new Column("employed_open", "0/1", "Employed on the open labour market (EMPLOYED_OPEN)."),
            new Column("employed_subsidised", "0/1", "In pay-subsidised work (EMPLOYED_SUBSIDISED)."),
            new Column("in_active_services", "0/1", "In active services (IN_ACTIVE_SERVICES)."),
            new Column(
                    "unemployment_spell_months",
                    "integer",
                    "Whole months of the current spell of unemployment;" + " empty when not unemployed."),
            new Column("long_term_unemployed", "0/1", "Continuously unemployed for over 12 months."),
            new Column("age_band", "code", "Age band at the month end: 15-24, 25-29, 30-39, 40-49, 50-59, 60+."),
            new Column("under_30", "0/1", "Under 30 at the month end (target group, Act 1269/2020 § 4)."),
            new Column("foreign_language", "0/1", "Mother tongue other than Finnish, Swedish or Sámi."),
            new Column("not_earnings_related", "0/1", "Not entitled to earnings-related allowance at the month end."),
            new Column("language_group", "code", "Mother tongue group: fi, sv, sami, other."),
            new Column("sex", "code", "Sex as registered."),
            new Column(
                    "in_active_service_period",
                    "0/1",
                    "In a period of a service the services catalogue marks active (IN_ACTIVE_SERVICE_PERIOD)."),
            new Column(
                    "active_service_code",
                    "code",
                    "Catalogue code of that service (the one begun last); empty when in none."),
            new Column("plan_valid", "0/1", "Holds a valid plan at the month end (VALID_PLAN)."),
            new Column("interviews_due", "integer", "Interviews and discussions due in the month."),
            new Column("interviews_on_time", "integer", "Of those, held by their due day."),
            new Column("initial_interviews_due", "integer", "Initial interviews due in the month."),
            new Column("initial_interviews_on_time", "integer", "Of those, held within the deadline."),
            new Column(
                    "days_to_first_appointment",
                    "integer",
                    "Days from entering the responsible body's custody (registration or transfer) to the first"
                            + " interview or discussion after it, on the row of the month it was held; else empty."),
            new Column(
                    "service_ended_3m_before",
                    "0/1",
                    "An active service ended in the calendar month three months before."),
            new Column(
                    "open_employment_3m_after",
                    "0/1",
                    "Employed on the open labour market three months after that service's end day; empty when"
                            + " no service ended then."),
            new Column(
                    "service_ended_6m_before",
                    "0/1",
                    "An active service ended in the calendar month six months before."),
            new Column(
                    "open_employment_6m_after",
                    "0/1",
                    "Employed on the open labour market six months after that service's end day; empty when no"
                            + " service ended then."));

    @PersistenceContext
    EntityManager em;

    protected PanelExport() {}

    private int runChars = RUN_CHARS;

    private Executor compressors = Runnable::run;

    /** Compressing month files on the calling thread. */
    public PanelExport(EntityManager em) {
        this.em = em;
    }

    /** Compressing month files on the executor's threads ({@link ParallelGzipOutputStream}). */
    public PanelExport(EntityManager em, Executor compressors) {
        this.em = em;
        this.compressors = compressors;
    }

    /** With a run size of its own (tests make it small to prove that spilled runs merge alike). */
    PanelExport(EntityManager em, int runChars) {
        this.em = em;
        this.runChars = runChars;
    }

    public static String monthFile(YearMonth month) {
        return "panel-" + month + ".csv.gz";
    }

    /**
     * Writes one month's file into the directory; returns what the manifest says of it.
     *
     * <p>The database gives each row's fields after the pseudonym as one text ({@link #fieldsSql},
     * which {@link #csvFields} makes CSV), so the server's core formats them while this thread
     * computes pseudonyms, and the rows stream (the driver fetches {@link #FETCH_SIZE} at a time).
     * The lines are sorted by pseudonym with an external merge sort: at most {@link #runChars}
     * characters of lines are held at once; a full run is sorted and spilled to a run file next to
     * the month's file, and the runs are merged into the gzip writer, which compresses on the
     * executor's threads. A month that fits in one run is sorted in memory and written directly.
     * Either way the lines come out in the same order (pseudonyms are unique within a month), so
     * the bytes do not depend on the run size.
     */
    public ExportView.ExportFile writeMonth(Path directory, YearMonth month, Pseudonyms pseudonyms) {
        String name = monthFile(month);
        List<Path> runs = new ArrayList<>();
        Held held = new Held();
        long count = 0;
        String sql = "select job_seeker_id, " + fieldsSql() + " from eva_panel where month_end = ?";
        try {
            Files.createDirectories(directory);
            removeRuns(directory, name);
            try (PreparedStatement select =
                    Sql.connection(em).prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                select.setFetchSize(FETCH_SIZE);
                Sql.setAll(select, month.atEndOfMonth());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        held.add(pseudonyms.bits(rows.getLong(1)), csvFields(rows.getString(2)));
                        count++;
                        if (held.full(runChars)) {
                            runs.add(spill(directory, name, runs.size(), held));
                        }
                    }
                }
            }
            if (!runs.isEmpty() && held.size > 0) {
                runs.add(spill(directory, name, runs.size(), held));
            }
            byte[] header = (String.join(",", COLUMNS.stream().map(Column::name).toList()) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            ExportView.ExportFile file = write(directory, name, count, out -> {
                try (OutputStream gzip =
                        new BufferedOutputStream(new ParallelGzipOutputStream(out, compressors), 1 << 16)) {
                    gzip.write(header);
                    if (runs.isEmpty()) {
                        for (int i : held.order()) {
                            held.writeLine(gzip, i);
                        }
                    } else {
                        merge(runs, gzip);
                    }
                }
            });
            removeRuns(directory, name);
            return file;
        } catch (SQLException e) {
            throw Sql.failure("export " + month, e);
        } catch (IOException e) {
            throw new UncheckedIOException("export " + month, e);
        }
    }

    /**
     * The SQL of a line's fields after the pseudonym, separated by {@link #SEPARATOR}: a null as
     * nothing, a 0/1 column as {@code 0} or {@code 1}, dates and integers as the database writes
     * them. {@link #csvFields} makes them a line of the file.
     */
    static String fieldsSql() {
        return "concat_ws(char(" + (int) SEPARATOR + " using utf8mb4)"
                + COLUMNS.subList(1, COLUMNS.size()).stream()
                        .map(c -> ", coalesce(" + c.name() + (c.type().equals("0/1") ? " <> 0" : "") + ", '')")
                        .collect(Collectors.joining())
                + ")";
    }

    /** Between the fields the database gives (ASCII unit separator): no code or key holds one. */
    static final char SEPARATOR = 0x1f;

    /**
     * The fields as the database gave them ({@link #fieldsSql}), as CSV (RFC 4180): joined by commas,
     * and a field in double quotes (an inner quote doubled) when it holds a comma, a quote or a line
     * break. Almost every line holds none of those, and then only the separators change.
     *
     * @throws IllegalStateException when a field holds the separator itself (the line would shift)
     */
    static String csvFields(String fields) {
        int separators = 0;
        boolean plain = true;
        for (int i = 0; i < fields.length(); i++) {
            char c = fields.charAt(i);
            if (c == SEPARATOR) {
                separators++;
            } else if (c == ',' || c == '"' || c == '\n') {
                plain = false;
            }
        }
        if (separators != COLUMNS.size() - 2) {
            throw new IllegalStateException("a panel row's fields hold the character " + (int) SEPARATOR);
        }
        if (plain) {
            return fields.replace(SEPARATOR, ',');
        }
        String[] values = fields.split(String.valueOf(SEPARATOR), -1);
        StringBuilder line = new StringBuilder(fields.length() + 16);
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append(csv(values[i]));
        }
        return line.toString();
    }

    /** Rows the driver fetches from the server at a time while a month streams. */
    static final int FETCH_SIZE = 5000;

    /** Characters of lines held in memory before a sorted run is spilled (about 16 MB of heap). */
    static final int RUN_CHARS = 16 << 20;

    /** Lines held at most in one run (their index fits the low bits of a sort key, {@link #pseudonymOrder}). */
    static final int RUN_LINES = 1 << 20;

    /**
     * A run of lines in memory: each line's pseudonym as two numbers, and its other fields as CSV in
     * UTF-8, the lines one after another in one array (a few large objects for the collector to
     * keep, not a string per line). Sorted by number, not by text.
     */
    private static final class Held {
        long[] high = new long[4096];
        long[] low = new long[4096];
        int[] start = new int[4097];
        byte[] bytes = new byte[1 << 20];
        int size;

        void add(Pseudonyms.Pseudonym pseudonym, String line) {
            if (size == high.length) {
                int capacity = Math.min(size * 2, RUN_LINES);
                high = Arrays.copyOf(high, capacity);
                low = Arrays.copyOf(low, capacity);
                start = Arrays.copyOf(start, capacity + 1);
            }
            byte[] encoded = line.getBytes(StandardCharsets.UTF_8);
            int end = start[size] + encoded.length;
            if (end > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(end, bytes.length * 2));
            }
            System.arraycopy(encoded, 0, bytes, start[size], encoded.length);
            high[size] = pseudonym.high();
            low[size] = pseudonym.low();
            size++;
            start[size] = end;
        }

        boolean full(int runChars) {
            return start[size] + 33L * size >= runChars || size == RUN_LINES;
        }

        int[] order() {
            return pseudonymOrder(high, low, size);
        }

        /** Writes the line: its pseudonym in hex, a comma, its other fields, a line feed. */
        void writeLine(OutputStream out, int i) throws IOException {
            PanelExport.writeLine(out, high[i], low[i], bytes, start[i], start[i + 1] - start[i]);
        }

        void clear() {
            size = 0;
        }
    }

    /**
     * The indexes of the first {@code size} pseudonyms ({@code high[i]}, {@code low[i]}) in their
     * order (unsigned, high first: the order of their hex): sorted first as numbers holding the
     * first 44 bits of {@code high} (as unsigned) above the index, then by an insertion sort on the
     * whole pseudonym, which moves only those whose first 44 bits are equal. At most {@link
     * #RUN_LINES}.
     */
    static int[] pseudonymOrder(long[] high, long[] low, int size) {
        long index = RUN_LINES - 1;
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = ((high[i] ^ Long.MIN_VALUE) & ~index) | i;
        }
        Arrays.sort(keys);
        int[] order = new int[size];
        for (int k = 0; k < size; k++) {
            int line = (int) (keys[k] & index);
            int j = k;
            while (j > 0 && compare(high, low, order[j - 1], line) > 0) {
                order[j] = order[j - 1];
                j--;
            }
            order[j] = line;
        }
        return order;
    }

    private static int compare(long[] high, long[] low, int a, int b) {
        return Pseudonyms.compare(high[a], low[a], high[b], low[b]);
    }

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /**
     * Writes a line: the pseudonym in hex (as {@link Pseudonyms.Pseudonym#toString}, without a
     * string per line), a comma, the other fields, a line feed.
     */
    private static void writeLine(OutputStream out, long high, long low, byte[] fields, int offset, int length)
            throws IOException {
        byte[] pseudonym = new byte[33];
        for (int i = 0; i < 16; i++) {
            pseudonym[i] = HEX[(int) (high >>> (60 - 4 * i)) & 0xf];
            pseudonym[16 + i] = HEX[(int) (low >>> (60 - 4 * i)) & 0xf];
        }
        pseudonym[32] = ',';
        out.write(pseudonym);
        out.write(fields, offset, length);
        out.write('\n');
    }

    /**
     * Sorts the held lines, writes them to a run file (each line as its pseudonym's halves, its
     * length and its bytes) and clears them.
     */
    private static Path spill(Path directory, String name, int index, Held held) throws IOException {
        Path run = directory.resolve(name + ".run" + index);
        try (DataOutputStream out =
                new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16))) {
            for (int i : held.order()) {
                int from = held.start[i];
                int length = held.start[i + 1] - from;
                out.writeLong(held.high[i]);
                out.writeLong(held.low[i]);
                out.writeInt(length);
                out.write(held.bytes, from, length);
            }
        }
        held.clear();
        return run;
    }

    /** A run file being merged, with its current line. */
    private static final class Run implements AutoCloseable {
        private final DataInputStream in;
        private long high;
        private long low;
        private byte[] fields;

        Run(Path path) throws IOException {
            in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
        }

        boolean advance() throws IOException {
            try {
                high = in.readLong();
            } catch (EOFException end) {
                return false;
            }
            low = in.readLong();
            fields = new byte[in.readInt()];
            in.readFully(fields);
            return true;
        }

        int compareTo(Run other) {
            return Pseudonyms.compare(high, low, other.high, other.low);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** Merges the sorted runs into the output, one line at a time. */
    private static void merge(List<Path> paths, OutputStream out) throws IOException {
        List<Run> runs = new ArrayList<>();
        try {
            PriorityQueue<Run> next = new PriorityQueue<>(Run::compareTo);
            for (Path path : paths) {
                Run run = new Run(path);
                runs.add(run);
                if (run.advance()) {
                    next.add(run);
                }
            }
            while (!next.isEmpty()) {
                Run run = next.poll();
                writeLine(out, run.high, run.low, run.fields, 0, run.fields.length);
                if (run.advance()) {
                    next.add(run);
                }
            }
        } finally {
            for (Run run : runs) {
                run.close();
            }
        }
    }

    /** Deletes the run files of a month (also those a crashed run left behind). */
    private static void removeRuns(Path directory, String name) throws IOException {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(directory, name + ".run*")) {
            for (Path run : runs) {
                Files.deleteIfExists(run);
            }
        }
    }

    /** Writes the data dictionary: one row per column of the month files. */
    public ExportView.ExportFile writeDictionary(Path directory, List<IndicatorDefinition> catalogue) {
        StringBuilder text = new StringBuilder("column,type,description\n");
        for (Column column : COLUMNS) {
            text.append(csv(column.name()))
                    .append(',')
                    .append(csv(column.type()))
                    .append(',')
                    .append(csv(column.description()))
                    .append('\n');
        }
        for (IndicatorDefinition indicator : catalogue) {
            text.append(csv("indicator:" + indicator.key() + ":v" + indicator.version()))
                    .append(',')
                    .append(indicator.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .append(',')
                    .append(csv(indicator.definition()))
                    .append('\n');
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return write(directory, DICTIONARY, null, out -> out.write(bytes));
    }

    /** Writes the manifest as JSON, keys in a fixed order. */
    public ExportView.ExportFile writeManifest(Path directory, ExportManifest manifest) {
        byte[] bytes = json(manifest).getBytes(StandardCharsets.UTF_8);
        return write(directory, MANIFEST, null, out -> out.write(bytes));
    }

    static String json(ExportManifest m) {
        StringBuilder json = new StringBuilder("{\n");
        json.append("  \"format\": ").append(quote(m.format())).append(",\n");
        json.append("  \"snapshotId\": ").append(m.snapshotId()).append(",\n");
        json.append("  \"snapshotChecksum\": ")
                .append(quote(m.snapshotChecksum()))
                .append(",\n");
        json.append("  \"dataVersion\": {\"maxJobSeekerId\": ")
                .append(m.maxJobSeekerId())
                .append(", \"maxSituationId\": ")
                .append(m.maxSituationId())
                .append(", \"maxTransferId\": ")
                .append(m.maxTransferId())
                .append("},\n");
        json.append("  \"firstMonth\": ").append(quote(m.firstMonth())).append(",\n");
        json.append("  \"lastMonth\": ").append(quote(m.lastMonth())).append(",\n");
        json.append("  \"panelRulesVersion\": ").append(m.panelRulesVersion()).append(",\n");
        json.append("  \"indicatorCatalogueVersion\": ")
                .append(m.indicatorCatalogueVersion())
                .append(",\n");
        json.append("  \"indicators\": [")
                .append(String.join(
                        ", ", m.indicators().stream().map(PanelExport::quote).toList()))
                .append("],\n");
        json.append("  \"project\": ").append(quote(m.project())).append(",\n");
        json.append("  \"pseudonymKeyId\": ").append(quote(m.pseudonymKeyId())).append(",\n");
        json.append("  \"files\": [");
        for (int i = 0; i < m.files().size(); i++) {
            ExportView.ExportFile f = m.files().get(i);
            json.append(i == 0 ? "\n" : ",\n")
                    .append("    {\"name\": ")
                    .append(quote(f.name()))
                    .append(", \"rows\": ")
                    .append(f.rows() == null ? "null" : f.rows().toString())
                    .append(", \"bytes\": ")
                    .append(f.bytes())
                    .append(", \"sha256\": ")
                    .append(quote(f.sha256()))
                    .append('}');
        }
        json.append("\n  ]\n}\n");
        return json.toString();
    }

    private static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    static String csv(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes a file through a {@code .part} name and moves it into place when complete. */
    private static ExportView.ExportFile write(Path directory, String name, Long rows, Content content) {
        try {
            Files.createDirectories(directory);
            Path part = directory.resolve(name + ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(
                    new java.io.BufferedOutputStream(Files.newOutputStream(part), 1 << 16), sha)) {
                content.writeTo(out);
            }
            Path target = directory.resolve(name);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new ExportView.ExportFile(
                    name, rows, Files.size(target), HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("write " + name, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
