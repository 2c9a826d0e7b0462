package fi.kuntakokeilu.clients.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.PreviewItem;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferCounts;
import fi.kuntakokeilu.clients.TransferRunView;
import fi.kuntakokeilu.clients.control.CustomerExtract.Parsed;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bulk transfer on the trial's first day, against a real MariaDB with a generated population of
 * office customers: it moves the target group, a second run changes nothing, a dry run only
 * previews, and a run killed in the middle and restarted from its checkpoint ends with exactly the
 * custody rows of an uninterrupted run.
 */
class BulkTransferTest {

    @RegisterExtension
    static final TestDatabase db = TestDatabase.forModules("clients");

    private static final int POPULATION = 3000;
    private static final int CHUNK = 200;
    private static final LocalDate START = Fixtures.TRIAL_START;
    private static final TransferContext CONTEXT = Fixtures.context();
    private static final Caller ADMIN = new Caller("admin", Role.ADMIN, Set.of(), null, Locale.ENGLISH);

    /** Someone pulled the plug while a chunk was being written. */
    private static final class Crash extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @BeforeAll
    static void officesHaveTheirCustomersTheDayBeforeTheTrial() {
        PopulationGenerator generator = new PopulationGenerator(
                42,
                START.minusDays(1),
                List.of(
                        new PopulationGenerator.Place(Fixtures.HELSINKI, true),
                        new PopulationGenerator.Place(Fixtures.ESPOO, true),
                        new PopulationGenerator.Place(Fixtures.VANTAA, true),
                        new PopulationGenerator.Place(Fixtures.KERAVA, true),
                        new PopulationGenerator.Place(Fixtures.TAMPERE, true),
                        new PopulationGenerator.Place(Fixtures.KOKKOLA, true),
                        new PopulationGenerator.Place(Fixtures.VAASA, false)));
        for (int done = 0; done < POPULATION; done += 1000) {
            List<Parsed> chunk = generator.next(1000).stream()
                    .map(row -> new Parsed(row.line(), row, List.of()))
                    .toList();
            db.run(em -> new Services(em).imports.write(null, chunk, CONTEXT, "import"));
        }
        db.execute("create table custody_before_trial as select * from cli_custody");
    }

    @BeforeEach
    void everyoneIsBackWithTheOfficeAndNoRunHasBeenMade() {
        db.execute(
                "delete from cli_transfer_run_item",
                "delete from cli_transfer_run_count",
                "delete from cli_transfer_run",
                "delete from cli_transfer",
                "delete from cli_transfer_order",
                "delete from cli_custody",
                "insert into cli_custody select * from custody_before_trial");
    }

    private <T> T with(Function<Services, T> work) {
        return db.inTransaction(em -> work.apply(new Services(em)));
    }

    private long newRun(LocalDate day, String area, boolean dryRun) {
        long id = with(s -> s.runs.create(day, area, dryRun, ADMIN, Services.CLOCK.instant()));
        db.run(em -> {
            Services s = new Services(em);
            s.runs.markRunning(id, s.runs.population(day), Services.CLOCK.instant());
        });
        return id;
    }

    /** Runs chunks, each in its own transaction, until the run has gone through everyone or the limit. */
    private int chunks(long runId, LocalDate day, String area, boolean dryRun, int limit) {
        int done = 0;
        while (done < limit) {
            BulkTransfer.ChunkResult result = with(s -> s.bulk.step(runId, day, area, dryRun, CHUNK, CONTEXT, "admin"));
            if (result.processed() == 0) {
                break;
            }
            done++;
        }
        return done;
    }

    private long runToEnd(LocalDate day, String area, boolean dryRun) {
        long id = newRun(day, area, dryRun);
        chunks(id, day, area, dryRun, Integer.MAX_VALUE);
        return id;
    }

    private TransferRunView view(long runId) {
        return with(s -> s.runs.find(runId).orElseThrow());
    }

    private static List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet found = statement.executeQuery(sql)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(found.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static List<String> custodyRows() {
        return rows(
                "select job_seeker_id, body_type, body_key, since, discretion from cli_custody order by job_seeker_id");
    }

    private static List<String> transferRows() {
        return rows("select job_seeker_id, from_type, from_key, to_type, to_key, effective_date, legal_basis,"
                + " rule_version, matched_criteria from cli_transfer order by job_seeker_id, id");
    }

    @Test
    void movesAboutAThirdOfTheOfficesCustomersToTheirAreasOnTheFirstDay() {
        long runId = runToEnd(START, null, false);

        TransferRunView run = view(runId);
        long transfers = db.count("select count(*) from cli_transfer");
        assertThat(run.processed()).isEqualTo(POPULATION);
        assertThat(run.total()).isEqualTo(POPULATION);
        assertThat(transfers).isBetween(POPULATION * 25L / 100, POPULATION * 45L / 100);
        assertThat(run.transferred().total()).isEqualTo(transfers);
        assertThat(run.transferred().byBasis()).containsOnlyKeys(LegalBasis.TRIAL_START.name());
        assertThat(run.transferred().byArea().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(transfers);
        assertThat(run.transferred().byArea()).containsKeys("helsinki", "pirkanmaa", "vantaa-kerava");
        assertThat(db.count("select count(*) from cli_transfer where transfer_run_id = ? and actor = 'admin'", runId))
                .isEqualTo(transfers);
        assertThat(db.count("select count(*) from cli_custody where body_type = 'TRIAL_AREA'"))
                .isEqualTo(transfers);
        assertThat(db.count("select count(*) from cli_custody c join cli_job_seeker j on j.id = c.job_seeker_id"
                        + " where c.body_type = 'TRIAL_AREA' and j.home_municipality = '905'"))
                .isZero();
    }

    @Test
    void changesNothingWhenRunASecondTimeOnTheSameDay() {
        runToEnd(START, null, false);
        List<String> custodyAfterFirst = custodyRows();
        List<String> transfersAfterFirst = transferRows();

        long second = runToEnd(START, null, false);

        assertThat(custodyRows()).isEqualTo(custodyAfterFirst);
        assertThat(transferRows()).isEqualTo(transfersAfterFirst);
        assertThat(view(second).transferred().total()).isZero();
        assertThat(view(second).processed()).isEqualTo(POPULATION);
    }

    @Test
    void previewsWithoutMovingAnyoneAndForeseesTheRealRunExactly() {
        long dry = runToEnd(START, null, true);

        assertThat(db.count("select count(*) from cli_transfer")).isZero();
        assertThat(db.count("select count(*) from cli_custody where body_type = 'TRIAL_AREA'"))
                .isZero();
        List<String> foreseen = rows("select job_seeker_id, to_type, to_key, legal_basis from cli_transfer_run_item"
                + " where transfer_run_id = " + dry + " order by job_seeker_id");
        TransferCounts dryCounts = view(dry).transferred();
        Page<PreviewItem> helsinki = with(s -> s.runs.preview(dry, ResponsibleBody.area("helsinki"), 0, 50));

        long real = runToEnd(START, null, false);

        assertThat(rows("select job_seeker_id, to_type, to_key, legal_basis from cli_transfer order by job_seeker_id"))
                .isEqualTo(foreseen);
        assertThat(view(real).transferred()).isEqualTo(dryCounts);
        assertThat(helsinki.items()).isNotEmpty().allSatisfy(item -> assertThat(item.to())
                .isEqualTo(ResponsibleBody.area("helsinki")));
        assertThat(helsinki.total()).isEqualTo(dryCounts.byArea().get("helsinki"));
    }

    @Test
    void endsWithTheSameCustodyRowsWhenKilledMidwayAndRestartedFromItsCheckpoint() {
        runToEnd(START, null, false);
        List<String> uninterruptedTransfers = transferRows();
        List<String> uninterruptedCustody = custodyRows();
        everyoneIsBackWithTheOfficeAndNoRunHasBeenMade();

        long runId = newRun(START, null, false);
        assertThat(chunks(runId, START, null, false, 4)).isEqualTo(4);
        long checkpoint = with(s -> s.runs.checkpoint(runId));
        long transfersBeforeCrash = db.count("select count(*) from cli_transfer");
        assertThatThrownBy(() -> db.run(em -> {
                    new Services(em).bulk.step(runId, START, null, false, CHUNK, CONTEXT, "admin");
                    throw new Crash();
                }))
                .isInstanceOf(Crash.class);
        // The half-written chunk left nothing: the checkpoint and the rows are those of chunk 4.
        long checkpointAfterCrash = with(s -> s.runs.checkpoint(runId));
        assertThat(checkpointAfterCrash).isEqualTo(checkpoint);
        assertThat(db.count("select count(*) from cli_transfer")).isEqualTo(transfersBeforeCrash);

        chunks(runId, START, null, false, Integer.MAX_VALUE);

        assertThat(transferRows()).isEqualTo(uninterruptedTransfers);
        assertThat(custodyRows()).isEqualTo(uninterruptedCustody);
        assertThat(view(runId).processed()).isEqualTo(POPULATION);
        assertThat(view(runId).transferred().total()).isEqualTo(uninterruptedTransfers.size());
    }

    @Test
    void writesNoSecondRowWhenChunksAreDoneAgain() {
        long runId = runToEnd(START, null, false);
        List<String> once = transferRows();

        db.execute("update cli_transfer_run set last_job_seeker_id = 0 where id = " + runId);
        chunks(runId, START, null, false, Integer.MAX_VALUE);

        assertThat(transferRows()).isEqualTo(once);
    }

    /**
     * A custody that changed between the reading of a chunk and its writing (a caseworker's
     * transfer, another instance's chunk) is not overwritten: the chunk fails and leaves nothing.
     */
    @Test
    void writesNothingOfAChunkWhoseCustodyChangedAfterItWasRead() {
        long runId = newRun(START, null, false);
        List<Plan> plans = with(s -> s.bulk.read(START, 0, CHUNK, false).stream()
                .map(candidate -> BulkTransfer.plan(candidate, START, null, CONTEXT))
                .toList());
        Plan.Move changed = plans.stream()
                .filter(Plan.Move.class::isInstance)
                .map(Plan.Move.class::cast)
                .skip(3)
                .findFirst()
                .orElseThrow();
        db.execute("update cli_custody set body_key = 'another-office' where job_seeker_id = " + changed.jobSeekerId());
        List<String> custodyBefore = custodyRows();

        assertThatThrownBy(() -> db.run(em -> new Services(em).bulk.write(runId, false, plans, "admin")))
                .hasMessageContaining(
                        "custody of job seekers [" + changed.jobSeekerId() + "] is no longer with " + changed.from());
        assertThat(db.count("select count(*) from cli_transfer")).isZero();
        assertThat(custodyRows()).isEqualTo(custodyBefore);
        long checkpoint = with(s -> s.runs.checkpoint(runId));
        assertThat(checkpoint).isZero();
    }

    /** Someone without a situation by the run's day is no candidate, even a whole page of them. */
    @Test
    void passesOverPeopleWithoutASituationByTheDay() {
        long lastWithout = db.count("select id from cli_job_seeker order by id limit 1 offset " + (CHUNK + 49));
        long firstWith = db.count("select min(id) from cli_job_seeker where id > " + lastWithout);
        db.execute("update cli_situation set effective_from = effective_from + interval 10 year where job_seeker_id <= "
                + lastWithout);
        try {
            List<BulkTransfer.Candidate> page = with(s -> s.bulk.read(START, 0, CHUNK, false));

            assertThat(page).isNotEmpty().allMatch(candidate -> candidate.id() > lastWithout);
            assertThat(page.get(0).id()).isEqualTo(firstWith);
        } finally {
            db.execute("update cli_situation set effective_from = effective_from - interval 10 year"
                    + " where job_seeker_id <= " + lastWithout);
        }
    }

    @Test
    void movesOnlyIntoTheAreaARunIsLimitedTo() {
        long runId = runToEnd(START, "espoo", false);

        assertThat(view(runId).transferred().byArea()).containsOnlyKeys("espoo");
        assertThat(db.count(
                        "select count(*) from cli_custody where body_type = ? and body_key <> 'espoo'",
                        BodyType.TRIAL_AREA.name()))
                .isZero();
    }

    @Test
    void returnsEveryoneToTheOfficesWhenTheTrialEnds() {
        runToEnd(START, null, false);
        long inAreas = db.count("select count(*) from cli_custody where body_type = 'TRIAL_AREA'");

        long end = runToEnd(Fixtures.TRIAL_END.plusDays(1), null, false);

        assertThat(view(end).transferred().byBasis()).containsEntry(LegalBasis.TRIAL_END.name(), inAreas);
        assertThat(db.count("select count(*) from cli_custody where body_type = 'TRIAL_AREA'"))
                .isZero();
    }
}
