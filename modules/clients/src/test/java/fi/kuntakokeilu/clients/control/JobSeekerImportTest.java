package fi.kuntakokeilu.clients.control;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.ImportReport;
import fi.kuntakokeilu.clients.ImportRowError;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.clients.control.CustomerExtract.Parsed;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.testing.TestDatabase;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Importing an employment-office extract into a real MariaDB: good rows kept, every bad row
 * reported, an upsert by identity code that a second import leaves unchanged, read as a stream.
 */
class JobSeekerImportTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("clients");

    private static final String HEADER = CustomerExtractTest.HEADER;
    private static final TransferContext CONTEXT = Fixtures.context();
    private static final String C1 = Services.code(100).value();
    private static final String C2 = Services.code(101).value();
    private static final String C3 = Services.code(102).value();
    private static final String C4 = Services.code(103).value();
    private static final String C5 = Services.code(104).value();
    private static final String C6 = Services.code(105).value();
    private static final String C7 = Services.code(106).value();
    private static final String C8 = Services.code(107).value();
    private static final String C9 = Services.code(108).value();
    private static final String C10 = Services.code(109).value();

    private <T> T with(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(new Services(em)));
    }

    /** Imports as the facade does: one transaction per chunk. */
    private ImportReport importing(Reader csv, int chunkSize) {
        long id = with(s -> s.imports.begin("admin"));
        try (CustomerExtract extract = CustomerExtract.open(csv, CONTEXT.areas())) {
            for (List<Parsed> chunk = extract.nextChunk(chunkSize);
                    !chunk.isEmpty();
                    chunk = extract.nextChunk(chunkSize)) {
                List<Parsed> rows = chunk;
                db.run(em -> new Services(em).imports.write(id, rows, CONTEXT, "admin"));
            }
        }
        db.run(em -> new Services(em).imports.finish(id, "COMPLETED", null));
        return with(s -> s.imports.report(id, 1000, Locale.ENGLISH).orElseThrow());
    }

    private ImportReport importing(String csv) {
        return importing(new java.io.StringReader(csv), 1000);
    }

    private static String row(String code, String last, String home, String status, String since) {
        return "\n" + code + "," + last + ",Maija," + home + ",fi,false," + status
                + ",LABOUR_MARKET_SUBSIDY,2021-02-01," + since;
    }

    private long idOf(String code) {
        return db.count("select id from cli_job_seeker where personal_identity_code = ?", code);
    }

    @Test
    void keepsEveryGoodRowAndReportsEveryBadOne() {
        String csv = HEADER
                + row(C1, "Aalto", "905", "UNEMPLOYED", "2021-02-01")
                + "\n" + C2 + ",,Matti,905,fi,false,UNEMPLOYED,NONE,2021-02-01,2021-02-01"
                + row(C3, "Berg", "905", "STUDENT", "2021-02-01")
                + "\n" + C4 + ",Cederberg,Ilse,905,xx,false,SLEEPING,NONE,2021-02-01,2021-02-01"
                + row(C5, "Dahl", "905", "EMPLOYED", "2021-02-01");

        ImportReport report = importing(csv);

        assertThat(report.lines()).isEqualTo(5);
        assertThat(report.inserted()).isEqualTo(3);
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.errors())
                .extracting(ImportRowError::line, ImportRowError::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "last_name"),
                        org.assertj.core.groups.Tuple.tuple(5L, "mother_tongue"),
                        org.assertj.core.groups.Tuple.tuple(5L, "labour_market_status"));
        assertThat(report.errors().get(0).reason()).isEqualTo("A required value is missing.");
        assertThat(idOf(C1)).isPositive();
        assertThat(idOf(C5)).isPositive();
        assertThat(db.count("select count(*) from cli_job_seeker where personal_identity_code = '" + C2 + "'"))
                .isZero();
    }

    @Test
    void countsTheProgressOfABackgroundImportAsLinesReadOfTheStoredFilesLines() {
        String p1 = Services.code(200).value();
        String p2 = Services.code(201).value();
        String p3 = Services.code(202).value();
        String p4 = Services.code(203).value();
        String csv = HEADER
                + row(p1, "Aalto", "905", "UNEMPLOYED", "2021-02-01")
                + row(p2, "Berg", "905", "UNEMPLOYED", "2021-02-01")
                + "\n" + p3 + ",Kallio,Maija,905,fi,false,NOT_A_STATUS,NONE,2021-02-01,2021-02-01"
                + row(p4, "Niemi", "905", "UNEMPLOYED", "2021-02-01");
        long id = with(s -> s.imports.begin("admin", Role.ADMIN, 4));
        assertThat(this.<java.util.Optional<Caller>>with(s -> s.imports.requester(id)))
                .hasValueSatisfying(caller -> {
                    assertThat(caller.username()).isEqualTo("admin");
                    assertThat(caller.role()).isEqualTo(Role.ADMIN);
                });

        try (CustomerExtract extract = CustomerExtract.open(new java.io.StringReader(csv), CONTEXT.areas())) {
            List<Parsed> first = extract.nextChunk(2);
            db.run(em -> new Services(em).imports.write(id, first, CONTEXT, "admin"));
            ImportReport halfway =
                    with(s -> s.imports.report(id, 1000, Locale.ENGLISH).orElseThrow());
            assertThat(halfway.running()).isTrue();
            assertThat(halfway.lines()).isEqualTo(2);
            assertThat(halfway.totalLines()).isEqualTo(4);
            assertThat(halfway.percentDone()).isEqualTo(50);

            List<Parsed> rest = extract.nextChunk(2);
            db.run(em -> new Services(em).imports.write(id, rest, CONTEXT, "admin"));
            // every line read, but not finished: short of 100 until the import says it is done
            assertThat(with(s -> s.imports.report(id, 1000, Locale.ENGLISH).orElseThrow())
                            .percentDone())
                    .isEqualTo(99);
        }
        db.run(em -> new Services(em).imports.finish(id, "COMPLETED", null));

        ImportReport done = with(s -> s.imports.report(id, 1000, Locale.ENGLISH).orElseThrow());
        assertThat(done.percentDone()).isEqualTo(100);
        assertThat(done.inserted()).isEqualTo(3);
        assertThat(done.rejected()).isEqualTo(1);
        assertThat(done.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(4);
            assertThat(e.field()).isEqualTo("labour_market_status");
        });
    }

    @Test
    void knowsNoRequesterNorTotalOfAnImportReadInTheRequest() {
        long id = with(s -> s.imports.begin("admin"));

        assertThat(this.<java.util.Optional<Caller>>with(s -> s.imports.requester(id)))
                .isEmpty();
        assertThat(with(s -> s.imports.report(id, 1000, Locale.ENGLISH).orElseThrow())
                        .totalLines())
                .isNull();
    }

    @Test
    void changesNothingWhenTheSameFileIsImportedAgain() {
        String csv = HEADER
                + row(C6, "Eklund", "905", "UNEMPLOYED", "2021-02-01")
                + row(C7, "Forsman", "905", "STUDENT", "2021-02-01");
        importing(csv);
        long situations = db.count("select count(*) from cli_situation");
        long versions = db.count("select sum(version) from cli_job_seeker");

        ImportReport again = importing(csv);

        assertThat(again.inserted()).isZero();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(db.count("select count(*) from cli_situation")).isEqualTo(situations);
        assertThat(db.count("select sum(version) from cli_job_seeker")).isEqualTo(versions);
    }

    @Test
    void addsAChangedSituationToTheHistoryAndReEvaluatesThePerson() {
        importing(HEADER + row(C8, "Grönroos", "905", "EMPLOYED", "2021-02-01"));
        long id = idOf(C8);

        ImportReport moved = importing(HEADER + row(C8, "Grönroos", "091", "UNEMPLOYED", "2021-05-03"));

        assertThat(moved.updated()).isEqualTo(1);
        assertThat(db.count("select count(*) from cli_situation where job_seeker_id = ?", id))
                .isEqualTo(2);
        // Act 1269/2020 § 5: now in Helsinki's target group, transferred within 7 days.
        List<TransferOrderView> orders = with(s -> s.ledger.openOrdersOf(List.of(id)));
        ResponsibleBody custody =
                with(s -> s.ledger.custody(id, false).orElseThrow().body());
        assertThat(orders).singleElement().satisfies(order -> {
            assertThat(order.kind()).isEqualTo(TransferOrderKind.ENTRY);
            assertThat(order.to()).isEqualTo(ResponsibleBody.area("helsinki"));
        });
        assertThat(custody).isEqualTo(ResponsibleBody.office("pohjanmaa"));
    }

    @Test
    void refusesAChangeDatedBeforeTheLatestRecordedOne() {
        importing(HEADER + row(C9, "Holm", "905", "EMPLOYED", "2021-02-10"));

        ImportReport older = importing(HEADER + row(C9, "Holm", "905", "STUDENT", "2021-02-05"));

        assertThat(older.rejected()).isEqualTo(1);
        assertThat(older.errors())
                .singleElement()
                .extracting(ImportRowError::field)
                .isEqualTo("status_since");
    }

    @Test
    void appliesARepeatedRowAfterTheEarlierOneAsTheFileOrdersThem() {
        ImportReport report = importing(HEADER
                + row(C10, "Ilves", "905", "EMPLOYED", "2021-02-01")
                + row(C10, "Ilves", "905", "STUDENT", "2021-02-15"));

        assertThat(report.inserted()).isEqualTo(1);
        assertThat(report.updated()).isEqualTo(1);
        LabourMarketStatus now = with(s -> s.store.find(idOf(C10)).orElseThrow().labourMarketStatus());
        assertThat(now).isEqualTo(LabourMarketStatus.STUDENT);
    }

    @Test
    void readsALargeFileAsAStreamInChunks() {
        int people = 25_000;
        ImportReport report = importing(new GeneratedExtract(people), 1000);

        assertThat(report.lines()).isEqualTo(people);
        assertThat(report.inserted()).isEqualTo(people);
        assertThat(report.rejected()).isZero();
        assertThat(db.count("select count(*) from cli_custody c join cli_job_seeker j on j.id = c.job_seeker_id"
                        + " where j.last_name = 'Streamed'"))
                .isEqualTo(people);
    }

    /** A CSV file made up while it is read, so no test holds a large file in memory. */
    private static final class GeneratedExtract extends Reader {
        private final int rows;
        private int next;
        private String pending = HEADER + "\n";
        private int at;

        GeneratedExtract(int rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (at == pending.length()) {
                if (next == rows) {
                    return -1;
                }
                fi.kuntakokeilu.platform.identity.PersonalIdentityCode code =
                        fi.kuntakokeilu.platform.identity.PersonalIdentityCode.of(
                                java.time.LocalDate.of(1960, 1, 1).plusDays(next / 50), 'X', 900 + (next % 50) * 2);
                pending = code.value() + ",Streamed,Person" + next
                        + ",905,fi,false,UNEMPLOYED,NONE,2021-01-04,2021-01-04\n";
                at = 0;
                next++;
            }
            int count = Math.min(length, pending.length() - at);
            pending.getChars(at, at + count, buffer, offset);
            at += count;
            return count;
        }

        @Override
        public void close() {}
    }
}
