package fi.kuntakokeilu.clients.control;

import static fi.kuntakokeilu.clients.control.Fixtures.ESPOO;
import static fi.kuntakokeilu.clients.control.Fixtures.HELSINKI;
import static fi.kuntakokeilu.clients.control.Fixtures.VAASA;
import static fi.kuntakokeilu.clients.control.Services.CLOCK;
import static fi.kuntakokeilu.clients.control.Services.code;
import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.DiscretionaryTransferRequest;
import fi.kuntakokeilu.clients.JobSeekerRequest;
import fi.kuntakokeilu.clients.JobSeekerSummary;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.SituationChangeRequest;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.clients.control.CustomerExtract.Parsed;
import fi.kuntakokeilu.clients.entity.JobSeeker;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The job-seeker search (issue 7) reads the names repeated on the custody row. Whatever moved a
 * customer (the bulk run on the trial's first day, an entry order carried out by hand or at its
 * deadline, a move between areas, a return to the office, a transfer with the receiving area's
 * consent, Act 1269/2020 § 5) and whatever changed a name (an import, retention's anonymisation),
 * it must find exactly what the registry's names and the body responsible now say, in name order,
 * page after page: compared here with the plain join of {@code cli_job_seeker} and
 * {@code cli_custody}.
 */
class JobSeekerSearchTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("clients");

    private static final TransferContext CONTEXT = Fixtures.context();
    private static final LocalDate APRIL = LocalDate.of(2021, 4, 6);
    private static final LocalDate JUNE = LocalDate.of(2021, 6, 15);

    private static final Caller HELSINKI_WORKER =
            new Caller("caseworker.helsinki", Role.CASEWORKER, Set.of("helsinki"), null, Locale.ENGLISH);
    private static final Caller ESPOO_WORKER =
            new Caller("caseworker.espoo", Role.CASEWORKER, Set.of("espoo"), null, Locale.ENGLISH);
    private static final Caller TWO_AREAS =
            new Caller("manager", Role.AREA_MANAGER, Set.of("helsinki", "espoo"), null, Locale.ENGLISH);
    private static final Caller UUSIMAA_OFFICE =
            new Caller("office.uusimaa", Role.OFFICE_STAFF, Set.of(), "uusimaa", Locale.ENGLISH);
    private static final Caller POHJANMAA_OFFICE =
            new Caller("office.pohjanmaa", Role.OFFICE_STAFF, Set.of(), "pohjanmaa", Locale.ENGLISH);
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, Set.of(), null, Locale.ENGLISH);

    private static final List<Caller> CALLERS =
            List.of(HELSINKI_WORKER, ESPOO_WORKER, TWO_AREAS, UUSIMAA_OFFICE, POHJANMAA_OFFICE, ADMIN);
    private static final List<String> QUERIES = List.of(
            "Virt", "virtanen", "Aino", "aino virt", "Virtanen Ma", "Ko", "-", "a", "Laine", "Salo", "zz", "50%", "a_");
    private static final String[] LAST = {"Virtanen", "Virta", "Korhonen", "Laine", "Salo", "Salonen", "Aino"};
    private static final String[] FIRST = {"Aino", "Matti", "Maria", "Ville", "Korhola", "Anna"};

    private static long renamed;
    private static long anonymised;

    private static <T> T with(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(new Services(em)));
    }

    private static long register(int serial, String home, LocalDate on) {
        JobSeekerRequest request = JobSeekerRequest.of(
                code(serial).value(),
                FIRST[serial % FIRST.length],
                LAST[serial % LAST.length],
                home,
                "fi",
                false,
                LabourMarketStatus.UNEMPLOYED,
                UnemploymentBenefit.LABOUR_MARKET_SUBSIDY,
                on);
        return with(s -> s.registry.register(request, CONTEXT, "office.uusimaa").id());
    }

    private static void change(long id, SituationChangeRequest change) {
        with(s -> s.registry.changeSituation(s.store.find(id).orElseThrow(), change, CONTEXT, "caseworker"));
    }

    private static void importing(String csv) {
        long importId = with(s -> s.imports.begin("admin"));
        try (CustomerExtract extract = CustomerExtract.open(new java.io.StringReader(csv), CONTEXT.areas())) {
            List<Parsed> rows = extract.nextChunk(1000);
            db.run(em -> new Services(em).imports.write(importId, rows, CONTEXT, "admin"));
        }
        db.run(em -> new Services(em).imports.finish(importId, "COMPLETED", null));
    }

    private static String importRow(int serial, String last, String first, String home) {
        return "\n" + code(serial).value() + "," + last + "," + first + "," + home
                + ",fi,false,UNEMPLOYED,LABOUR_MARKET_SUBSIDY,2021-02-01,2021-02-01";
    }

    @BeforeAll
    static void customersAreMovedAndRenamedEveryWayTheyCanBe() {
        // Office customers before the trial, moved by the bulk run on its first day.
        for (int serial = 1; serial <= 24; serial++) {
            register(serial, serial % 3 == 0 ? VAASA : serial % 3 == 1 ? HELSINKI : ESPOO, LocalDate.of(2021, 2, 1));
        }
        long runId = with(s -> s.runs.create(Fixtures.TRIAL_START, null, false, ADMIN, CLOCK.instant()));
        db.run(em -> {
            Services s = new Services(em);
            s.runs.markRunning(runId, s.runs.population(Fixtures.TRIAL_START), CLOCK.instant());
        });
        while (with(s -> s.bulk.step(runId, Fixtures.TRIAL_START, null, false, 5, CONTEXT, "admin"))
                        .processed()
                > 0) {
            // one chunk per transaction, as the batch job runs them
        }

        // Registered during the trial: entry orders carried out by hand and at their deadline.
        List<Long> april = new ArrayList<>();
        for (int serial = 30; serial < 42; serial++) {
            april.add(register(serial, serial % 2 == 0 ? HELSINKI : ESPOO, APRIL));
        }
        for (long id : april.subList(0, 6)) {
            TransferOrderView order =
                    with(s -> s.ledger.openOrdersOf(List.of(id))).get(0);
            with(s -> s.transfers.carryOut(order, APRIL.plusDays(2), "office.uusimaa"));
        }
        with(s -> s.transfers.carryOutDue(APRIL.plusDays(7), "system"));

        // Area to area, back to the office with a move, back to the office on discretion, and to
        // another area with its consent.
        change(april.get(0), SituationChangeRequest.of(LocalDate.of(2021, 8, 2), null, null, ESPOO));
        change(april.get(2), SituationChangeRequest.of(LocalDate.of(2021, 8, 2), null, null, VAASA));
        JobSeeker returning = with(s -> s.store.find(april.get(4)).orElseThrow());
        with(s -> s.transfers.onDiscretion(
                returning,
                new DiscretionaryTransferRequest(
                        ResponsibleBody.office(null), JUNE, DiscretionaryReason.LANGUAGE_RIGHTS, null),
                CONTEXT,
                "office.uusimaa"));
        JobSeeker consenting = with(s -> s.store.find(april.get(6)).orElseThrow());
        with(s -> s.transfers.onDiscretion(
                consenting,
                new DiscretionaryTransferRequest(
                        ResponsibleBody.area("espoo"), JUNE, DiscretionaryReason.LANGUAGE_RIGHTS, null),
                CONTEXT,
                "caseworker.helsinki"));
        TransferOrderView consent =
                with(s -> s.ledger.openOrdersOf(List.of(april.get(6)))).get(0);
        with(s -> s.transfers.accept(consent, "manager.espoo"));

        // An import registers new people (their custody opens with their names) and renames one.
        String header = CustomerExtractTest.HEADER;
        importing(header
                + importRow(60, "Virtanen", "Aino", HELSINKI)
                + importRow(61, "Laine", "Ville", VAASA)
                + importRow(62, "Korpela", "Maria", ESPOO));
        importing(header
                + importRow(60, "Salonen", "Aino Maria", HELSINKI)
                + importRow(61, "Laine", "Ville", VAASA)
                + importRow(62, "Korpela", "Maria", ESPOO));
        renamed = db.count("select id from cli_job_seeker where personal_identity_code = ?", code(60).value());

        // Retention anonymises a former customer: their names become "-".
        anonymised = register(70, HELSINKI, LocalDate.of(2021, 2, 1));
        change(
                anonymised,
                SituationChangeRequest.of(
                        LocalDate.of(2021, 9, 1), LabourMarketStatus.NOT_JOB_SEEKING, UnemploymentBenefit.NONE, null));
        db.run(em -> new Retention(em, CLOCK)
                .apply(LocalDate.of(2027, 6, 1), Period.ofYears(5), Period.ofDays(90), new ArrayList<>()));
    }

    @Test
    void theCustodyRowsCarryTheRegistrysNamesExactly() {
        assertThat(db.count("select count(*) from cli_custody"))
                .isEqualTo(db.count("select count(*) from cli_job_seeker"));
        assertThat(db.count("select count(*) from cli_custody c join cli_job_seeker j on j.id = c.job_seeker_id"
                        + " where binary c.first_name <> binary j.first_name"
                        + " or binary c.last_name <> binary j.last_name"))
                .isZero();
        assertThat(db.count(
                        "select count(*) from cli_custody where job_seeker_id = ? and last_name = 'Salonen'"
                                + " and first_name = 'Aino Maria'",
                        renamed))
                .isEqualTo(1);
        assertThat(db.count(
                        "select count(*) from cli_custody where job_seeker_id = ? and last_name = '-'"
                                + " and first_name = '-'",
                        anonymised))
                .isEqualTo(1);
    }

    @Test
    void findsPageByPageWhatTheRegistryAndTheBodyResponsibleNowSay() {
        assertThat(db.count("select count(*) from cli_custody where body_type = 'TRIAL_AREA'"))
                .as("the set-up moved people into the areas")
                .isGreaterThan(10);
        for (Caller caller : CALLERS) {
            List<String> queries = new ArrayList<>(QUERIES);
            queries.add(null);
            for (String q : queries) {
                List<Long> expected = oracle(caller, q);
                List<Long> found = new ArrayList<>();
                for (int page = 0; page <= expected.size() / 2; page++) {
                    int at = page;
                    Page<JobSeekerSummary> result = with(s -> s.store.search(caller, null, q, at, 2));
                    assertThat(result.total())
                            .as("%s searching %s", caller.username(), q)
                            .isEqualTo(expected.size());
                    assertThat(result.moreThanTotal()).isFalse();
                    result.items().forEach(summary -> found.add(summary.id()));
                }
                assertThat(found).as("%s searching %s", caller.username(), q).isEqualTo(expected);
            }
        }
    }

    @Test
    void findsTheRenamedByTheirNewNameOnlyAndTheAnonymisedByNoName() {
        List<Long> bySalonen = ids(with(s -> s.store.search(ADMIN, null, "Salonen Aino", 0, 100)));
        List<Long> byVirtanenAino = ids(with(s -> s.store.search(ADMIN, null, "Virtanen Aino", 0, 100)));

        assertThat(bySalonen).contains(renamed);
        assertThat(byVirtanenAino).doesNotContain(renamed);
        assertThat(ids(with(s -> s.store.search(ADMIN, null, "-", 0, 100)))).containsExactly(anonymised);
    }

    @Test
    void findsByIdentityCodeOnlyWithinTheCallersScope() {
        long id = db.count("select id from cli_job_seeker where personal_identity_code = ?", code(62).value());
        ResponsibleBody body =
                with(s -> s.ledger.custody(id, false).orElseThrow().body());
        Caller inScope = body.equals(ResponsibleBody.area("espoo")) ? ESPOO_WORKER : UUSIMAA_OFFICE;
        Caller outOfScope = inScope == ESPOO_WORKER ? UUSIMAA_OFFICE : ESPOO_WORKER;

        assertThat(ids(with(s -> s.store.search(inScope, code(62).value(), null, 0, 20))))
                .containsExactly(id);
        Page<JobSeekerSummary> outside = with(s -> s.store.search(outOfScope, code(62).value(), null, 0, 20));
        assertThat(outside.total()).isZero();
        assertThat(outside.items()).isEmpty();
    }

    @Test
    void saysMoreThanWhereItStopsCountingAndCountsFurtherOnLaterPages() {
        List<Long> all = oracle(ADMIN, null);
        assertThat(all.size()).isGreaterThan(7);

        Page<JobSeekerSummary> first = with(s -> s.store.search(ADMIN, null, null, 0, 2, 3));
        Page<JobSeekerSummary> third = with(s -> s.store.search(ADMIN, null, null, 2, 2, 3));
        int lastPage = (all.size() - 1) / 2;
        Page<JobSeekerSummary> last = with(s -> s.store.search(ADMIN, null, null, lastPage, 2, 3));

        assertThat(first.total()).isEqualTo(3);
        assertThat(first.moreThanTotal()).isTrue();
        assertThat(ids(first)).isEqualTo(all.subList(0, 2));
        assertThat(third.total()).isEqualTo(7);
        assertThat(third.moreThanTotal()).isEqualTo(all.size() > 7);
        assertThat(last.total()).isEqualTo(all.size());
        assertThat(last.moreThanTotal()).isFalse();
        assertThat(ids(last)).isEqualTo(all.subList(lastPage * 2, all.size()));
    }

    private static List<Long> ids(Page<JobSeekerSummary> page) {
        return page.items().stream().map(JobSeekerSummary::id).toList();
    }

    /**
     * What the search must answer, by the plain join: the registry's names, the custody row's body,
     * every word beginning the first or the last name, in name order.
     */
    private static List<Long> oracle(Caller caller, String q) {
        StringBuilder sql = new StringBuilder(
                "select j.id from cli_job_seeker j join cli_custody c on c.job_seeker_id = j.id where 1 = 1");
        List<String> values = new ArrayList<>();
        if (q != null) {
            for (String word : q.strip().split("\\s+")) {
                sql.append(" and (j.last_name like ? escape '!' or j.first_name like ? escape '!')");
                String pattern = word.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
                values.add(pattern);
                values.add(pattern);
            }
        }
        if (caller.role() == Role.OFFICE_STAFF) {
            sql.append(" and c.body_type = 'EMPLOYMENT_OFFICE' and c.body_key = ?");
            values.add(caller.officeKey());
        } else if (caller.role() != Role.ADMIN) {
            sql.append(" and c.body_type = 'TRIAL_AREA' and c.body_key in (")
                    .append(String.join(
                            ",", caller.areaKeys().stream().map(k -> "?").toList()))
                    .append(")");
            values.addAll(caller.areaKeys());
        }
        sql.append(" order by j.last_name, j.first_name, j.id");
        List<Long> ids = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < values.size(); i++) {
                select.setString(i + 1, values.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }
}
