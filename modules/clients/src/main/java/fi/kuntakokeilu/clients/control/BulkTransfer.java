package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.Criterion;
import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger.TransferRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The bulk transfer run, one chunk at a time: read the next job seekers after the checkpoint (by
 * id, with their situation on the run's day and their custody, in one query), plan each with the
 * rules, and write the chunk's transfers, preview items, counts, progress and checkpoint in the
 * same transaction. The batch job's reader, processor and writer call these three steps; so do
 * the demo population and the tests, without a batch runtime.
 *
 * <p>Why a run can be killed and restarted: the checkpoint commits with the chunk, so a restart
 * begins after the last committed chunk and a half-written chunk left nothing behind; and every
 * transfer is idempotent (the same person, day and basis never get a second row; custody that
 * changed after the run's day is left alone), so even a chunk done twice changes nothing.
 */
@ApplicationScoped
public class BulkTransfer {

    @PersistenceContext
    EntityManager em;

    @Inject
    JdbcCustodyLedger ledger;

    @Inject
    JdbcTransferRunStore runs;

    @Inject
    Clock clock;

    protected BulkTransfer() {}

    public BulkTransfer(EntityManager em, JdbcCustodyLedger ledger, JdbcTransferRunStore runs, Clock clock) {
        this.em = em;
        this.ledger = ledger;
        this.runs = runs;
        this.clock = clock;
    }

    /** A job seeker as a run reads them: the facts on the run's day and custody now. */
    public record Candidate(long id, JobSeekerFacts facts, Custody custody) {}

    /** What a chunk wrote: its transfers (a dry run: would-be transfers) and how many people it went through. */
    public record ChunkResult(List<TransferRecord> transfers, int processed, long lastJobSeekerId) {}

    /**
     * The next job seekers after an id who were registered by the day, with the situation in effect
     * that day. {@code lock} holds their rows until the chunk commits, so no single change races a
     * real run.
     */
    public List<Candidate> read(LocalDate day, long afterId, int limit, boolean lock) {
        String sql = "select j.id, j.birth_date, j.mother_tongue, j.immigrant,"
                + " c.body_type, c.body_key, c.since, c.discretion,"
                + " s.labour_market_status, s.unemployment_benefit, s.home_municipality, s.exclusion_item"
                + " from cli_job_seeker j"
                + " join cli_custody c on c.job_seeker_id = j.id"
                + " join cli_situation s on s.id = (select s2.id from cli_situation s2 where s2.job_seeker_id = j.id"
                + " and s2.effective_from <= ? order by s2.effective_from desc, s2.id desc limit 1)"
                + " where j.id > ? and j.registered_on <= ? order by j.id limit ?"
                + (lock ? " for update" : "");
        List<Candidate> candidates = new ArrayList<>(limit);
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, day, afterId, day, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong("id");
                    candidates.add(new Candidate(
                            id,
                            new JobSeekerFacts(
                                    Sql.date(rows, "birth_date"),
                                    rows.getString("mother_tongue"),
                                    rows.getBoolean("immigrant"),
                                    LabourMarketStatus.valueOf(rows.getString("labour_market_status")),
                                    UnemploymentBenefit.valueOf(rows.getString("unemployment_benefit")),
                                    rows.getString("home_municipality"),
                                    Sql.integer(rows, "exclusion_item")),
                            new Custody(
                                    id,
                                    new ResponsibleBody(
                                            BodyType.valueOf(rows.getString("body_type")), rows.getString("body_key")),
                                    Sql.date(rows, "since"),
                                    Sql.enumOf(DiscretionaryReason.class, rows.getString("discretion")))));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read job seekers for a transfer run", e);
        }
        return candidates;
    }

    /**
     * Plans one person. A run limited to a trial area leaves alone everyone who is neither its
     * customer nor living in it on the day.
     */
    public static Plan plan(Candidate candidate, LocalDate day, String onlyArea, TransferContext context) {
        Decision decision = context.rules().decide(candidate.facts(), day, context.areas());
        if (onlyArea != null) {
            boolean ours = candidate.custody().body().isArea()
                    && onlyArea.equals(candidate.custody().body().key());
            if (!ours && !onlyArea.equals(decision.area())) {
                return new Plan.Stay(candidate.id(), Plan.StayReason.OTHER_AREA);
            }
        }
        return context.planner().plan(candidate.custody(), candidate.facts(), decision, Trigger.BULK);
    }

    /**
     * Writes one chunk of a run: transfers (unless dry), preview items, counts, progress and the
     * checkpoint, all in the caller's transaction.
     *
     * @param plans the chunk's plans, in id order, one per person read
     */
    public ChunkResult write(long runId, boolean dryRun, List<Plan> plans, String actor) {
        List<TransferRecord> moves = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan instanceof Plan.Move move) {
                moves.add(TransferRecord.of(move));
            }
        }
        List<TransferRecord> done = dryRun ? moves : ledger.transfer(moves, actor, runId);
        runs.addItems(
                runId,
                done.stream()
                        .map(r -> new JdbcTransferRunStore.Item(
                                r.jobSeekerId(), r.from(), r.to(), r.basis(), r.ruleVersion(), r.criteria()))
                        .toList());
        runs.addCounts(runId, counts(done));
        long last = plans.isEmpty() ? 0 : plans.get(plans.size() - 1).jobSeekerId();
        if (!plans.isEmpty()) {
            runs.advance(runId, plans.size(), last, clock.instant());
        }
        return new ChunkResult(done, plans.size(), last);
    }

    /**
     * Runs one chunk end to end (read, plan, write) after the run's checkpoint; empty when the run
     * has gone through everyone. The caller owns the transaction.
     */
    public ChunkResult step(
            long runId,
            LocalDate day,
            String onlyArea,
            boolean dryRun,
            int size,
            TransferContext context,
            String actor) {
        List<Candidate> candidates = read(day, runs.checkpoint(runId), size, !dryRun);
        List<Plan> plans = candidates.stream()
                .map(candidate -> plan(candidate, day, onlyArea, context))
                .toList();
        return write(runId, dryRun, plans, actor);
    }

    static Map<String, Map<String, Long>> counts(List<TransferRecord> transfers) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (TransferRecord r : transfers) {
            String dimension = r.to().isArea() ? JdbcTransferRunStore.AREA : JdbcTransferRunStore.OFFICE;
            increment(counts, dimension, r.to().key());
            increment(counts, JdbcTransferRunStore.BASIS, r.basis().name());
            for (Criterion criterion : Decision.parseCriteria(r.criteria())) {
                increment(counts, JdbcTransferRunStore.CRITERION, criterion.name());
            }
        }
        return counts;
    }

    private static void increment(Map<String, Map<String, Long>> counts, String dimension, String key) {
        counts.computeIfAbsent(dimension, d -> new TreeMap<>()).merge(key, 1L, Long::sum);
    }
}
