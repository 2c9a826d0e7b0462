package fi.kuntakokeilu.evaluation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.evaluation.ExportView;
import fi.kuntakokeilu.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pseudonymised research export (issue 5, "Done when"): the same snapshot gives byte-identical
 * files; a run killed mid-way and restarted gives the same files as an uninterrupted one; no file
 * holds an identity code, a name or a birth date; instances starting at once produce one export.
 */
class ExportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("organisations", "clients", "services", "evaluation");

    static final String PROJECT = "vatt-test";
    static final PseudonymKey KEY = new PseudonymKey("k1", "0123456789abcdef0123456789abcdef".getBytes());
    static final Instant NOW = Instant.parse("2026-11-02T00:00:00Z");
    static final YearMonth FIRST = YearMonth.of(2021, 1);
    static final YearMonth LAST = YearMonth.of(2021, 6);

    static final Path exports = Path.of(System.getProperty("basedir", "."), "target", "export-test");

    static long snapshot;

    @BeforeAll
    static void panelAndSnapshot() throws IOException {
        if (Files.exists(exports)) {
            try (Stream<Path> old = Files.walk(exports)) {
                for (Path path : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
        Registry registry = new Registry(db);
        SplittableRandom random = new SplittableRandom(7);
        String[] homes = {"091", "049", "092", "905", "853"};
        for (int i = 0; i < 120; i++) {
            String home = homes[random.nextInt(homes.length)];
            long id = registry.person(
                    LocalDate.of(1962, 1, 1).plusDays(random.nextInt(15000)),
                    random.nextInt(4) == 0 ? "ara" : "fin",
                    LocalDate.of(2020, 1, 1).plusDays(random.nextInt(500)),
                    home,
                    random.nextBoolean() ? "UNEMPLOYED" : "IN_SERVICE",
                    random.nextBoolean() ? "NONE" : "EARNINGS_RELATED");
            if (!home.equals("905") && !home.equals("853")) {
                registry.toArea(
                        id,
                        home.equals("091") ? "helsinki" : home.equals("049") ? "espoo" : "vantaa-kerava",
                        Registry.TRIAL_START);
            }
        }
        snapshot = db.inTransaction(em -> {
            PanelBuilder builder = new PanelBuilder(em);
            PanelBuilderTest.build(builder, builder.currentSources(), FIRST, LAST);
            return new SnapshotStore(em).create(NOW).orElseThrow().id();
        });
    }

    long claim(LocalDate night) {
        return db.inTransaction(em -> {
            ExportStore store = new ExportStore(em);
            long id = store.claim(night, PROJECT, KEY.id(), exports.toString(), "test", NOW)
                    .orElseThrow();
            store.attach(id, new SnapshotStore(em).find(snapshot).orElseThrow(), NOW);
            return id;
        });
    }

    ExportRun run(EntityManagerHolder holder) {
        return new ExportRun(holder.em, id -> id.equals(KEY.id()) ? Optional.of(KEY) : Optional.empty(), 100);
    }

    record EntityManagerHolder(jakarta.persistence.EntityManager em) {}

    boolean writeNext(long export) {
        return db.inTransaction(em -> run(new EntityManagerHolder(em)).writeNextMonth(export, NOW));
    }

    void complete(long export) {
        db.run(em -> run(new EntityManagerHolder(em)).complete(export, "test", NOW));
    }

    long export() {
        long id = claim(null);
        while (writeNext(id)) {
            // a month per transaction, as the batch job's chunks
        }
        complete(id);
        return id;
    }

    static Map<String, byte[]> files(long export) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(exports.resolve(String.valueOf(export)))) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        }
        return files;
    }

    static ExportView view(long export) {
        return db.inTransaction(em -> new ExportStore(em).find(export).orElseThrow());
    }

    @Test
    void exportingTheSameSnapshotTwiceGivesByteIdenticalFiles() throws IOException {
        long first = export();
        long second = export();

        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(a.keySet())
                .containsExactly(
                        "data-dictionary.csv",
                        "manifest.json",
                        "panel-2021-01.csv.gz",
                        "panel-2021-02.csv.gz",
                        "panel-2021-03.csv.gz",
                        "panel-2021-04.csv.gz",
                        "panel-2021-05.csv.gz",
                        "panel-2021-06.csv.gz");
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));

        ExportView view = view(first);
        assertThat(view.status()).isEqualTo("COMPLETED");
        assertThat(view.monthsDone()).isEqualTo(6);
        assertThat(view.rowsWritten()).isEqualTo(view.rowsTotal()).isPositive();
        String manifest = new String(a.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest)
                .contains("\"snapshotId\": " + snapshot)
                .contains("\"pseudonymKeyId\": \"k1\"")
                .contains("\"panelRulesVersion\": " + PanelRules.VERSION)
                .contains(view.files().stream()
                        .filter(f -> f.name().equals("panel-2021-03.csv.gz"))
                        .findFirst()
                        .orElseThrow()
                        .sha256());
    }

    @Test
    void aMonthSortedInSpilledRunsIsByteIdenticalToOneSortedInMemory() throws IOException {
        // A month streams from the database and is sorted by pseudonym in bounded runs, so the
        // heap never holds a whole month (issue 5, export within 512 MB); the bytes must not
        // depend on how many runs it took.
        Path inMemory = exports.resolve("runs-in-memory");
        Path spilled = exports.resolve("runs-spilled");
        Pseudonyms pseudonyms = new Pseudonyms(PROJECT, KEY);
        ExportView.ExportFile whole =
                db.inTransaction(em -> new PanelExport(em).writeMonth(inMemory, LAST, pseudonyms));
        ExportView.ExportFile merged =
                db.inTransaction(em -> new PanelExport(em, 1000).writeMonth(spilled, LAST, pseudonyms));

        assertThat(whole.rows()).isGreaterThan(20);
        assertThat(merged).isEqualTo(whole);
        String name = PanelExport.monthFile(LAST);
        assertThat(Files.readAllBytes(spilled.resolve(name))).isEqualTo(Files.readAllBytes(inMemory.resolve(name)));
        try (Stream<Path> left = Files.list(spilled)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no run file is left")
                    .containsExactly(name);
        }
        List<String> lines = lines(spilled.resolve(name));
        assertThat(lines.subList(1, lines.size()))
                .isSorted()
                .hasSize(whole.rows().intValue());
    }

    @Test
    void everyFieldIsThePanelsValueAndTextHoldingACommaOrAQuoteIsQuoted() throws IOException {
        // The database formats the fields after the pseudonym; here they are formatted again from
        // the panel's values column by column, as CSV (RFC 4180) has them. One trial-area key is
        // given a comma, quotes and a non-ASCII letter for the month.
        LocalDate day = LAST.atEndOfMonth();
        long person = db.count("select min(job_seeker_id) from eva_panel where month_end = ?", day);
        String before = db.inTransaction(em -> (String) em.createNativeQuery(
                        "select municipality_area from eva_panel where month_end = ? and job_seeker_id = ?")
                .setParameter(1, day)
                .setParameter(2, person)
                .getSingleResult());
        String area = "Etelä, \"Uusi\"";
        Path directory = exports.resolve("fields");
        Pseudonyms pseudonyms = new Pseudonyms(PROJECT, KEY);
        List<String> expected = new ArrayList<>();
        try {
            db.run(em -> Sql.update(
                    em,
                    "update eva_panel set municipality_area = ? where month_end = ? and job_seeker_id = ?",
                    area,
                    day,
                    person));
            db.inTransaction(em -> new PanelExport(em).writeMonth(directory, LAST, pseudonyms));
            db.run(em -> {
                String sql = "select job_seeker_id, "
                        + String.join(
                                ", ",
                                PanelExport.COLUMNS.subList(1, PanelExport.COLUMNS.size()).stream()
                                        .map(PanelExport.Column::name)
                                        .toList())
                        + " from eva_panel where month_end = ?";
                try (var select = Sql.connection(em).prepareStatement(sql)) {
                    Sql.setAll(select, day);
                    try (var rows = select.executeQuery()) {
                        while (rows.next()) {
                            StringBuilder line = new StringBuilder(pseudonyms.of(rows.getLong(1)));
                            for (int i = 1; i < PanelExport.COLUMNS.size(); i++) {
                                String value = PanelExport.COLUMNS.get(i).type().equals("0/1")
                                        ? (rows.getObject(i + 1) == null ? null : rows.getBoolean(i + 1) ? "1" : "0")
                                        : rows.getString(i + 1);
                                line.append(',').append(value == null ? "" : PanelExport.csv(value));
                            }
                            expected.add(line.toString());
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            db.run(em -> Sql.update(
                    em,
                    "update eva_panel set municipality_area = ? where month_end = ? and job_seeker_id = ?",
                    before,
                    day,
                    person));
        }

        List<String> lines = lines(directory.resolve(PanelExport.monthFile(LAST)));
        assertThat(lines.subList(1, lines.size())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(lines)
                .anyMatch(line ->
                        line.startsWith(pseudonyms.of(person) + ",") && line.contains(",\"Etelä, \"\"Uusi\"\"\","));
    }

    static List<String> lines(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void aRunKilledMidWayAndRestartedWritesTheSameFilesAsAnUninterruptedOne() throws IOException {
        long uninterrupted = export();

        long killed = claim(null);
        writeNext(killed);
        writeNext(killed);
        // killed while writing March: half a part file; and April's file in place from a run that
        // died before its transaction committed
        Path directory = exports.resolve(String.valueOf(killed));
        Files.writeString(directory.resolve("panel-2021-03.csv.gz.part"), "half a month");
        Files.writeString(directory.resolve("panel-2021-04.csv.gz"), "uncommitted");
        db.execute("update eva_export set heartbeat_at = '2026-11-01 00:00:00' where id = " + killed);
        Optional<Long> fresh = db.inTransaction(em -> new ExportStore(em).claim(null, PROJECT, "k1", "x", "t", NOW));
        assertThat(fresh).as("a new claim notices the silent run").isPresent();
        db.execute("delete from eva_export where status = 'PREPARING'");
        assertThat(view(killed).status()).isEqualTo("INTERRUPTED");

        boolean reopened = db.inTransaction(em -> new ExportStore(em).reopen(killed, "admin", NOW));
        assertThat(reopened).isTrue();
        while (writeNext(killed)) {
            // resumes after February
        }
        complete(killed);

        Map<String, byte[]> expected = files(uninterrupted);
        Map<String, byte[]> restarted = files(killed);
        restarted.remove("panel-2021-03.csv.gz.part");
        assertThat(restarted.keySet()).isEqualTo(expected.keySet());
        expected.forEach(
                (name, bytes) -> assertThat(restarted.get(name)).as(name).isEqualTo(bytes));
        assertThat(view(killed).monthsDone()).isEqualTo(6);
    }

    @Test
    void noFileHoldsAnIdentityCodeANameOrABirthDate() throws IOException {
        long export = export();
        List<String> forbidden = new ArrayList<>();
        db.run(em -> {
            try (var select = Sql.connection(em)
                            .prepareStatement("select personal_identity_code, first_name, last_name, birth_date"
                                    + " from cli_job_seeker");
                    var rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate birth = rows.getObject(4, LocalDate.class);
                    forbidden.add(rows.getString(1));
                    forbidden.add(rows.getString(2));
                    forbidden.add(rows.getString(3));
                    forbidden.add(birth.toString());
                    forbidden.add(birth.format(DateTimeFormatter.ofPattern("ddMMyy")));
                    forbidden.add(birth.format(DateTimeFormatter.ofPattern("d.M.yyyy")));
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(forbidden).hasSize(120 * 6);

        Map<String, byte[]> files = files(export);
        assertThat(files).hasSize(8);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            String text = file.getKey().endsWith(".gz")
                    ? gunzip(file.getValue())
                    : new String(file.getValue(), StandardCharsets.UTF_8);
            assertThat(text).as(file.getKey()).isNotBlank();
            for (String value : forbidden) {
                assertThat(text).as(file.getKey()).doesNotContain(value);
            }
        }
        String march = gunzip(files.get("panel-2021-03.csv.gz"));
        assertThat(march.lines().findFirst().orElseThrow())
                .startsWith("pseudonym,month_end,")
                .contains("age_band");
        assertThat(march.lines().skip(1).toList())
                .isSorted()
                .allMatch(line -> line.matches("[0-9a-f]{32},2021-03-31,.*"));
    }

    static String gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void twoInstancesStartingTheNightsExportAtOnceProduceOneExport() throws Exception {
        LocalDate night = LocalDate.of(2026, 11, 3);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Optional<Long>>> claims = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                claims.add(instances.submit(() -> {
                    start.await();
                    return db.inTransaction(em -> {
                        Optional<Long> claimed =
                                new ExportStore(em).claim(night, PROJECT, "k1", exports.toString(), "timer", NOW);
                        sleep(300); // hold the lock as a slow instance would
                        return claimed;
                    });
                }));
            }
            start.countDown();
            long claimed = 0;
            for (Future<Optional<Long>> claim : claims) {
                claimed += claim.get().isPresent() ? 1 : 0;
            }
            assertThat(claimed).isEqualTo(1);
        } finally {
            instances.shutdownNow();
        }
        assertThat(db.count("select count(*) from eva_export where scheduled_for = ?", night))
                .isEqualTo(1);
        db.execute("update eva_export set status = 'COMPLETED' where scheduled_for = '" + night + "'");
        Optional<Long> late =
                db.inTransaction(em -> new ExportStore(em).claim(night, PROJECT, "k1", "x", "late timer", NOW));
        assertThat(late).as("the night already has its export").isEmpty();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void anExportRefusesAPanelThatIsNoLongerItsSnapshot() {
        long export = claim(null);
        db.execute("update eva_panel_month set fingerprint = repeat('0', 64) where month_end = '2021-01-31'");
        try {
            assertThatThrownBy(() -> writeNext(export))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("no longer what snapshot");
        } finally {
            db.run(em -> new PanelBuilder(em)
                    .buildMonth(
                            FIRST,
                            new PanelBuilder(em).month(LAST).orElseThrow().sources(),
                            NOW));
            db.execute("update eva_export set status = 'FAILED' where id = " + export);
        }
    }

    @Test
    void onlyTheNewestCompletedExportsKeepTheirFiles() throws IOException {
        long first = export();
        long second = export();
        db.run(em -> new ExportRun(em, id -> Optional.of(KEY), 1).complete(second, "test", NOW));

        assertThat(view(first).filesDeleted()).isTrue();
        assertThat(Files.exists(exports.resolve(String.valueOf(first)))).isFalse();
        assertThat(view(second).filesDeleted()).isFalse();
        assertThat(db.count(
                        "select count(*) from eva_export_delivery where export_id = ? and event = 'DELETED'", first))
                .isEqualTo(1);
    }

    @Test
    void pseudonymsDependOnProjectAndKey() {
        Pseudonyms a = new Pseudonyms("a", KEY);
        assertThat(a.of(42)).isEqualTo(new Pseudonyms("a", KEY).of(42)).hasSize(32);
        assertThat(a.of(42)).isNotEqualTo(new Pseudonyms("b", KEY).of(42));
        assertThat(a.of(42))
                .isNotEqualTo(new Pseudonyms("a", new PseudonymKey("k2", "fedcba9876543210fedcba9876543210".getBytes()))
                        .of(42));
        assertThat(a.of(42)).isNotEqualTo(a.of(43));
    }
}
