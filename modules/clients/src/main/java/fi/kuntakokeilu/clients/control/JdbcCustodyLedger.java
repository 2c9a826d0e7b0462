package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.BodyType;
import fi.kuntakokeilu.clients.DiscretionaryReason;
import fi.kuntakokeilu.clients.JobSeekerTransferred;
import fi.kuntakokeilu.clients.LegalBasis;
import fi.kuntakokeilu.clients.NotificationRecipient;
import fi.kuntakokeilu.clients.NotificationStatus;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.TransferOrderKind;
import fi.kuntakokeilu.clients.TransferOrderStatus;
import fi.kuntakokeilu.clients.TransferOrderView;
import fi.kuntakokeilu.clients.TransferView;
import fi.kuntakokeilu.platform.schema.Database;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The custody ledger: who is responsible for each customer ({@code cli_custody}), every transfer
 * ({@code cli_transfer}) and every transfer order ({@code cli_transfer_order}). The one place that
 * writes these tables, for one person or thousands, in batched SQL on the transaction's connection.
 *
 * <p>A transfer and its custody change are written together: the transfer row, then custody moved
 * from the expected body to the new one (a custody that is no longer where the plan found it fails
 * the transaction rather than diverge). A transfer whose person, day and legal basis already have a
 * row is skipped, which makes every transfer idempotent. Writing a transfer cancels the person's
 * other open orders, and fires {@link JobSeekerTransferred} in the transaction.
 */
@ApplicationScoped
public class JdbcCustodyLedger {

    private static final String OPEN = "('PENDING','AWAITING_CONSENT')";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<JobSeekerTransferred> transferred;

    protected JdbcCustodyLedger() {}

    /** For use outside the container, with an entity manager the caller controls (no events). */
    public JdbcCustodyLedger(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** A transfer to write. {@code orderId}: the order it carries out, if any. */
    public record TransferRecord(
            long jobSeekerId,
            ResponsibleBody from,
            ResponsibleBody to,
            LocalDate effectiveDate,
            LegalBasis basis,
            DiscretionaryReason discretionaryReason,
            String explanation,
            Integer ruleVersion,
            String criteria,
            Long orderId) {

        public static TransferRecord of(Plan.Move move) {
            Decision decision = move.decision();
            return new TransferRecord(
                    move.jobSeekerId(),
                    move.from(),
                    move.to(),
                    decision.day(),
                    move.basis(),
                    null,
                    null,
                    decision.ruleVersion(),
                    decision.criteriaText(),
                    null);
        }
    }

    /** An order to write. */
    public record OrderRecord(
            long jobSeekerId,
            TransferOrderKind kind,
            ResponsibleBody from,
            ResponsibleBody to,
            LocalDate changeDate,
            LocalDate deadline,
            Integer ruleVersion,
            String criteria,
            DiscretionaryReason discretionaryReason,
            String explanation) {

        public static OrderRecord of(Plan.Order order) {
            Decision decision = order.decision();
            return new OrderRecord(
                    order.jobSeekerId(),
                    TransferOrderKind.ENTRY,
                    order.from(),
                    order.to(),
                    decision.day(),
                    order.deadline(),
                    decision.ruleVersion(),
                    decision.criteriaText(),
                    null,
                    null);
        }
    }

    /** What {@link #apply} wrote. */
    public record Written(List<TransferRecord> transfers, List<OrderRecord> orders) {}

    // ---------------------------------------------------------------- custody

    /**
     * The first custody of newly registered people (no transfer: nobody handed them over). The row
     * repeats the person's names for the name search, from their registry row.
     */
    public void open(Collection<Custody> custodies) {
        Map<Long, String[]> names = new HashMap<>();
        for (List<Long> slice :
                Sql.slices(custodies.stream().map(Custody::jobSeekerId).toList())) {
            String sql = "select id, first_name, last_name from cli_job_seeker where id in ("
                    + Sql.placeholders(slice.size()) + ")";
            try (PreparedStatement select = connection().prepareStatement(sql)) {
                Sql.setAll(select, slice.toArray());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        names.put(rows.getLong(1), new String[] {rows.getString(2), rows.getString(3)});
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure("read names for custody", e);
            }
        }
        String sql = "insert into cli_custody (job_seeker_id, body_type, body_key, since, discretion, first_name,"
                + " last_name) values (?,?,?,?,?,?,?)";
        try (PreparedStatement insert = Database.prepareBatchInsert(connection(), sql)) {
            for (Custody custody : custodies) {
                String[] name = names.get(custody.jobSeekerId());
                if (name == null) {
                    throw new IllegalStateException("no job seeker " + custody.jobSeekerId() + " to open custody for");
                }
                Sql.setAll(
                        insert,
                        custody.jobSeekerId(),
                        custody.body().type(),
                        custody.body().key(),
                        custody.since(),
                        custody.discretion(),
                        name[0],
                        name[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("open custody", e);
        }
    }

    /**
     * Copies the current names of these people onto their custody rows, where the name search reads
     * them: every change of a name in {@code cli_job_seeker} (import, retention) calls this in the
     * same transaction.
     */
    static void copyNames(EntityManager em, Collection<Long> jobSeekerIds) {
        for (List<Long> slice : Sql.slices(jobSeekerIds)) {
            String sql = "update cli_custody c join cli_job_seeker j on j.id = c.job_seeker_id"
                    + " set c.first_name = j.first_name, c.last_name = j.last_name"
                    + " where c.job_seeker_id in (" + Sql.placeholders(slice.size()) + ")";
            try (PreparedStatement update = Sql.connection(em).prepareStatement(sql)) {
                Sql.setAll(update, slice.toArray());
                update.executeUpdate();
            } catch (SQLException e) {
                throw Sql.failure("copy names to custody", e);
            }
        }
    }

    public Optional<Custody> custody(long jobSeekerId, boolean lock) {
        return Optional.ofNullable(custodies(List.of(jobSeekerId), lock).get(jobSeekerId));
    }

    /** Custody of many people; {@code lock} holds their rows until the transaction ends. */
    public Map<Long, Custody> custodies(Collection<Long> jobSeekerIds, boolean lock) {
        Map<Long, Custody> found = new HashMap<>();
        for (List<Long> slice : Sql.slices(jobSeekerIds)) {
            String sql = "select job_seeker_id, body_type, body_key, since, discretion from cli_custody"
                    + " where job_seeker_id in (" + Sql.placeholders(slice.size()) + ")"
                    + (lock ? " for update" : "");
            try (PreparedStatement select = connection().prepareStatement(sql)) {
                Sql.setAll(select, slice.toArray());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Custody custody = custodyOf(rows);
                        found.put(custody.jobSeekerId(), custody);
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure("read custody", e);
            }
        }
        return found;
    }

    static Custody custodyOf(ResultSet rows) throws SQLException {
        return new Custody(
                rows.getLong("job_seeker_id"),
                new ResponsibleBody(BodyType.valueOf(rows.getString("body_type")), rows.getString("body_key")),
                Sql.date(rows, "since"),
                Sql.enumOf(DiscretionaryReason.class, rows.getString("discretion")));
    }

    /** The office keeps a customer who entered the target group: the rules leave them there. */
    public void holdByDiscretion(long jobSeekerId, DiscretionaryReason reason) {
        update("update cli_custody set discretion = ? where job_seeker_id = ?", reason, jobSeekerId);
    }

    /** A move of home ends a discretionary decision: the new situation is decided afresh. */
    public void clearDiscretion(long jobSeekerId) {
        update("update cli_custody set discretion = null where job_seeker_id = ?", jobSeekerId);
    }

    // ---------------------------------------------------------------- plans

    /**
     * Writes what the planner decided: transfers for moves, entry orders for orders (an open entry
     * order to the same body is kept, one to another body is replaced), and, when a change showed
     * that an office customer is no longer in the target group, cancels their open entry orders.
     */
    public Written apply(List<? extends Plan> plans, Trigger trigger, String actor, Long runId) {
        List<TransferRecord> moves = new ArrayList<>();
        List<Plan.Order> orders = new ArrayList<>();
        List<Long> noLongerEntering = new ArrayList<>();
        for (Plan plan : plans) {
            if (plan instanceof Plan.Move move) {
                moves.add(TransferRecord.of(move));
            } else if (plan instanceof Plan.Order order) {
                orders.add(order);
            } else if (plan instanceof Plan.Stay stay
                    && trigger == Trigger.EVENT
                    && stay.reason() == Plan.StayReason.NOT_IN_TARGET_GROUP) {
                noLongerEntering.add(stay.jobSeekerId());
            }
        }
        List<TransferRecord> written = transfer(moves, actor, runId);
        List<OrderRecord> ordered = order(orders, actor);
        if (!noLongerEntering.isEmpty()) {
            cancelOpenOrders(noLongerEntering, TransferOrderKind.ENTRY, null, actor, "no longer in the target group");
        }
        return new Written(written, ordered);
    }

    /**
     * Writes transfers and moves custody with them; returns those written (a transfer already on
     * record for the same person, day and basis is skipped).
     */
    public List<TransferRecord> transfer(List<TransferRecord> records, String actor, Long runId) {
        if (records.isEmpty()) {
            return List.of();
        }
        List<TransferRecord> fresh = withoutRecorded(records);
        if (fresh.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        String insert = "insert into cli_transfer (job_seeker_id, from_type, from_key, to_type, to_key, effective_date,"
                + " legal_basis, discretionary_reason, explanation, rule_version, matched_criteria, actor,"
                + " transfer_run_id, transfer_order_id, customer_notification, receiving_notification, recorded_at)"
                + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement transfers = Database.prepareBatchInsert(connection(), insert)) {
            for (TransferRecord r : fresh) {
                Sql.setAll(
                        transfers,
                        r.jobSeekerId(),
                        r.from().type(),
                        r.from().key(),
                        r.to().type(),
                        r.to().key(),
                        r.effectiveDate(),
                        r.basis(),
                        r.discretionaryReason(),
                        r.explanation(),
                        r.ruleVersion(),
                        r.criteria(),
                        actor,
                        runId,
                        r.orderId(),
                        NotificationStatus.PENDING,
                        NotificationStatus.PENDING,
                        now);
                transfers.addBatch();
            }
            transfers.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("write transfers", e);
        }
        moveCustody(fresh);
        List<Long> people = fresh.stream().map(TransferRecord::jobSeekerId).toList();
        Map<Long, Long> carriedOut = new HashMap<>();
        fresh.stream().filter(r -> r.orderId() != null).forEach(r -> carriedOut.put(r.jobSeekerId(), r.orderId()));
        cancelOpenOrders(people, null, carriedOut, actor, "overtaken by a transfer");
        if (transferred != null) {
            for (TransferRecord r : fresh) {
                transferred.fire(new JobSeekerTransferred(
                        r.jobSeekerId(), r.from(), r.to(), r.effectiveDate(), r.basis(), runId));
            }
        }
        return fresh;
    }

    /** The most custody moves in one statement (7 values each). */
    private static final int MOVES_PER_STATEMENT = 500;

    /**
     * Moves custody from the body each transfer found it with to the new one, up to {@value
     * #MOVES_PER_STATEMENT} people in one statement: the moves are a derived table joined to the
     * custody rows by person, and a row moves only while it is still with the body the transfer
     * names. A statement per person (a batch of single-row updates reaches the server as one
     * statement per row: BatchInsertTest) was the larger part of a bulk run's time. Every statement
     * must match exactly as many rows as it moves people, so a custody that is no longer where the
     * plan found it still fails the transaction. A person moved twice in one call is moved a
     * statement at a time, in order.
     */
    private void moveCustody(List<TransferRecord> moves) {
        boolean onceEach =
                moves.stream().map(TransferRecord::jobSeekerId).distinct().count() == moves.size();
        if (!onceEach) {
            for (TransferRecord r : moves) {
                moveCustodyOf(List.of(r));
            }
            return;
        }
        for (int from = 0; from < moves.size(); from += MOVES_PER_STATEMENT) {
            moveCustodyOf(moves.subList(from, Math.min(moves.size(), from + MOVES_PER_STATEMENT)));
        }
    }

    private void moveCustodyOf(List<TransferRecord> moves) {
        StringBuilder sql = new StringBuilder("update cli_custody c join (");
        List<Object> values = new ArrayList<>(moves.size() * 7);
        for (TransferRecord r : moves) {
            sql.append(
                    values.isEmpty()
                            ? "select ? id, ? from_type, ? from_key, ? to_type, ? to_key, ? since, ? discretion"
                            : " union all select ?,?,?,?,?,?,?");
            values.add(r.jobSeekerId());
            values.add(r.from().type());
            values.add(r.from().key());
            values.add(r.to().type());
            values.add(r.to().key());
            values.add(r.effectiveDate());
            values.add(discretionAfter(r));
        }
        sql.append(") m on c.job_seeker_id = m.id"
                + " set c.body_type = m.to_type, c.body_key = m.to_key, c.since = m.since, c.discretion = m.discretion"
                + " where c.body_type = m.from_type and c.body_key = m.from_key");
        int moved = update(sql.toString(), values.toArray());
        if (moved != moves.size()) {
            List<TransferRecord> lost = notMoved(moves);
            String who = lost.isEmpty()
                    ? (moves.size() - moved) + " of " + moves.size() + " job seekers"
                    : "job seekers "
                            + lost.stream().map(TransferRecord::jobSeekerId).toList();
            String where = lost.isEmpty()
                    ? "where the transfers found it"
                    : "with "
                            + lost.stream()
                                    .map(r -> r.from().toString())
                                    .distinct()
                                    .collect(Collectors.joining(", "));
            throw new IllegalStateException("custody of " + who + " is no longer " + where);
        }
    }

    /** A discretionary placement is held by its reason; any other transfer ends a discretion. */
    private static DiscretionaryReason discretionAfter(TransferRecord r) {
        return r.basis() == LegalBasis.DISCRETIONARY_RETURN ? r.discretionaryReason() : null;
    }

    /** The moves whose custody is not with their new body (after a statement that missed some). */
    private List<TransferRecord> notMoved(List<TransferRecord> moves) {
        Map<Long, Custody> now =
                custodies(moves.stream().map(TransferRecord::jobSeekerId).toList(), false);
        return moves.stream()
                .filter(r -> now.get(r.jobSeekerId()) == null
                        || !now.get(r.jobSeekerId()).body().equals(r.to()))
                .toList();
    }

    private List<TransferRecord> withoutRecorded(List<TransferRecord> records) {
        Set<String> recorded = new HashSet<>();
        List<Long> people =
                records.stream().map(TransferRecord::jobSeekerId).distinct().toList();
        for (List<Long> slice : Sql.slices(people)) {
            String sql = "select job_seeker_id, effective_date, legal_basis from cli_transfer where job_seeker_id in ("
                    + Sql.placeholders(slice.size()) + ")";
            try (PreparedStatement select = connection().prepareStatement(sql)) {
                Sql.setAll(select, slice.toArray());
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(onceKey(
                                rows.getLong(1), Sql.date(rows, "effective_date"), rows.getString("legal_basis")));
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure("read transfers", e);
            }
        }
        List<TransferRecord> fresh = new ArrayList<>();
        for (TransferRecord r : records) {
            if (recorded.add(
                    onceKey(r.jobSeekerId(), r.effectiveDate(), r.basis().name()))) {
                fresh.add(r);
            }
        }
        return fresh;
    }

    private static String onceKey(long jobSeekerId, LocalDate day, String basis) {
        return jobSeekerId + "|" + day + "|" + basis;
    }

    // ---------------------------------------------------------------- orders

    private List<OrderRecord> order(List<Plan.Order> orders, String actor) {
        if (orders.isEmpty()) {
            return List.of();
        }
        Map<Long, List<TransferOrderView>> open = new HashMap<>();
        for (TransferOrderView existing :
                openOrdersOf(orders.stream().map(Plan.Order::jobSeekerId).toList())) {
            open.computeIfAbsent(existing.jobSeekerId(), id -> new ArrayList<>())
                    .add(existing);
        }
        List<OrderRecord> toWrite = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (Plan.Order order : orders) {
            List<TransferOrderView> entries = open.getOrDefault(order.jobSeekerId(), List.of()).stream()
                    .filter(o -> o.kind() == TransferOrderKind.ENTRY)
                    .toList();
            if (entries.stream().anyMatch(o -> o.to().equals(order.to()))) {
                continue;
            }
            if (!entries.isEmpty()) {
                replaced.add(order.jobSeekerId());
            }
            toWrite.add(OrderRecord.of(order));
        }
        if (!replaced.isEmpty()) {
            cancelOpenOrders(replaced, TransferOrderKind.ENTRY, null, actor, "replaced by an order to another body");
        }
        insertOrders(toWrite, actor);
        return toWrite;
    }

    /** Writes orders; returns the id of the last (the only one, for a single order). */
    public long insertOrders(List<OrderRecord> orders, String actor) {
        if (orders.isEmpty()) {
            return 0;
        }
        String sql =
                "insert into cli_transfer_order (job_seeker_id, kind, status, from_type, from_key, to_type, to_key,"
                        + " change_date, deadline, rule_version, matched_criteria, discretionary_reason, explanation,"
                        + " requested_by, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        Instant now = clock.instant();
        long last = 0;
        try (PreparedStatement insert = connection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (OrderRecord o : orders) {
                Sql.setAll(
                        insert,
                        o.jobSeekerId(),
                        o.kind(),
                        o.kind() == TransferOrderKind.ENTRY
                                ? TransferOrderStatus.PENDING
                                : TransferOrderStatus.AWAITING_CONSENT,
                        o.from().type(),
                        o.from().key(),
                        o.to().type(),
                        o.to().key(),
                        o.changeDate(),
                        o.deadline(),
                        o.ruleVersion(),
                        o.criteria(),
                        o.discretionaryReason(),
                        o.explanation(),
                        actor,
                        now);
                if (orders.size() == 1) {
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        keys.next();
                        last = keys.getLong(1);
                    }
                } else {
                    insert.addBatch();
                }
            }
            if (orders.size() > 1) {
                insert.executeBatch();
            }
        } catch (SQLException e) {
            throw Sql.failure("write transfer orders", e);
        }
        return last;
    }

    /**
     * Cancels open orders of these people: of one kind or all, except the ones carried out (those
     * are marked carried out instead).
     */
    private void cancelOpenOrders(
            List<Long> jobSeekerIds,
            TransferOrderKind kind,
            Map<Long, Long> carriedOutByPerson,
            String actor,
            String note) {
        Instant now = clock.instant();
        for (List<Long> slice : Sql.slices(jobSeekerIds)) {
            String sql = "update cli_transfer_order set status = 'CANCELLED', resolved_by = ?, resolved_at = ?,"
                    + " resolution_note = ? where status in " + OPEN + (kind == null ? "" : " and kind = ?")
                    + " and job_seeker_id in (" + Sql.placeholders(slice.size()) + ")";
            List<Object> values = new ArrayList<>(List.of(actor, now, note));
            if (kind != null) {
                values.add(kind);
            }
            values.addAll(slice);
            if (carriedOutByPerson != null && !carriedOutByPerson.isEmpty()) {
                sql += " and id not in (" + Sql.placeholders(carriedOutByPerson.size()) + ")";
                values.addAll(carriedOutByPerson.values());
            }
            update(sql, values.toArray());
        }
    }

    public Optional<TransferOrderView> order(long id, boolean lock) {
        List<TransferOrderView> found = orders("o.id = ?" + (lock ? " for update" : ""), List.of(id), "o.id");
        return found.stream().findFirst();
    }

    public List<TransferOrderView> openOrdersOf(Collection<Long> jobSeekerIds) {
        List<TransferOrderView> found = new ArrayList<>();
        for (List<Long> slice : Sql.slices(jobSeekerIds)) {
            found.addAll(orders(
                    "o.status in " + OPEN + " and o.job_seeker_id in (" + Sql.placeholders(slice.size()) + ")",
                    new ArrayList<>(slice),
                    "o.id"));
        }
        return found;
    }

    /**
     * The open orders a caller must act on: office staff those from or to their office, trial-area
     * staff those from or to their areas (consent requests among them), administrators all.
     */
    public List<TransferOrderView> worklist(Caller caller) {
        List<Object> values = new ArrayList<>();
        String scope;
        if (caller.role() == Role.ADMIN) {
            scope = "1 = 1";
        } else if (caller.role() == Role.OFFICE_STAFF && caller.officeKey() != null) {
            scope = "((o.from_type = 'EMPLOYMENT_OFFICE' and o.from_key = ?)"
                    + " or (o.to_type = 'EMPLOYMENT_OFFICE' and o.to_key = ?))";
            values.add(caller.officeKey());
            values.add(caller.officeKey());
        } else if (caller.role().servesTrialAreas() && !caller.areaKeys().isEmpty()) {
            String in = Sql.placeholders(caller.areaKeys().size());
            scope = "((o.from_type = 'TRIAL_AREA' and o.from_key in (" + in + "))"
                    + " or (o.to_type = 'TRIAL_AREA' and o.to_key in (" + in + ")))";
            values.addAll(caller.areaKeys());
            values.addAll(caller.areaKeys());
        } else {
            return List.of();
        }
        return orders("o.status in " + OPEN + " and " + scope, values, "o.deadline is null, o.deadline, o.id");
    }

    /** Entry orders whose deadline has come, oldest first. */
    public List<Long> dueEntryOrders(LocalDate today, int limit) {
        String sql = "select id from cli_transfer_order where status = 'PENDING' and kind = 'ENTRY'"
                + " and deadline <= ? order by deadline, id limit ?";
        List<Long> due = new ArrayList<>();
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            Sql.setAll(select, today, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read due orders", e);
        }
        return due;
    }

    /** Closes an open order; false when it was no longer open (someone else resolved it). */
    public boolean resolve(long orderId, TransferOrderStatus status, String actor, String note, Long transferId) {
        String sql = "update cli_transfer_order set status = ?, resolved_by = ?, resolved_at = ?, resolution_note = ?,"
                + " transfer_id = ? where id = ? and status in " + OPEN;
        return update(sql, status, actor, clock.instant(), note, transferId, orderId) == 1;
    }

    private List<TransferOrderView> orders(String where, List<Object> values, String orderBy) {
        boolean lock = where.endsWith(" for update");
        String condition = lock ? where.substring(0, where.length() - " for update".length()) : where;
        String sql = "select o.*, j.first_name, j.last_name from cli_transfer_order o"
                + " join cli_job_seeker j on j.id = o.job_seeker_id where " + condition + " order by " + orderBy
                + (lock ? " for update" : "");
        List<TransferOrderView> found = new ArrayList<>();
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            Sql.setAll(select, values.toArray());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(orderOf(rows));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfer orders", e);
        }
        return found;
    }

    private static TransferOrderView orderOf(ResultSet rows) throws SQLException {
        return new TransferOrderView(
                rows.getLong("id"),
                rows.getLong("job_seeker_id"),
                rows.getString("first_name") + " " + rows.getString("last_name"),
                TransferOrderKind.valueOf(rows.getString("kind")),
                TransferOrderStatus.valueOf(rows.getString("status")),
                body(rows, "from"),
                body(rows, "to"),
                Sql.date(rows, "change_date"),
                Sql.date(rows, "deadline"),
                Sql.integer(rows, "rule_version"),
                Decision.parseCriteria(rows.getString("matched_criteria")),
                Sql.enumOf(DiscretionaryReason.class, rows.getString("discretionary_reason")),
                rows.getString("explanation"),
                rows.getString("requested_by"),
                Sql.instant(rows, "created_at"),
                rows.getString("resolved_by"),
                Sql.instant(rows, "resolved_at"),
                rows.getString("resolution_note"),
                Sql.longOrNull(rows, "transfer_id"));
    }

    /**
     * Takes a named job's lock row until the transaction ends, unless another instance holds it:
     * timers run on every instance of a cluster, and only one should do the day's work.
     */
    public boolean tryLock(String job) {
        String sql = "select name from cli_job_lock where name = ? for update skip locked";
        try (PreparedStatement select = connection().prepareStatement(sql)) {
            Sql.setAll(select, job);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw Sql.failure("lock " + job, e);
        }
    }

    // ---------------------------------------------------------------- transfers read

    public List<TransferView> transfersOf(long jobSeekerId) {
        return transfers("job_seeker_id = ? order by effective_date, id", jobSeekerId);
    }

    public Optional<TransferView> transfer(long id) {
        return transfers("id = ?", id).stream().findFirst();
    }

    /** The transfer on record for a person, day and legal basis. */
    public Optional<TransferView> transfer(long jobSeekerId, LocalDate day, LegalBasis basis) {
        return transfers("job_seeker_id = ? and effective_date = ? and legal_basis = ?", jobSeekerId, day, basis)
                .stream()
                .findFirst();
    }

    private List<TransferView> transfers(String where, Object... values) {
        List<TransferView> found = new ArrayList<>();
        try (PreparedStatement select = connection().prepareStatement("select * from cli_transfer where " + where)) {
            Sql.setAll(select, values);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(new TransferView(
                            rows.getLong("id"),
                            rows.getLong("job_seeker_id"),
                            body(rows, "from"),
                            body(rows, "to"),
                            Sql.date(rows, "effective_date"),
                            LegalBasis.valueOf(rows.getString("legal_basis")),
                            Sql.enumOf(DiscretionaryReason.class, rows.getString("discretionary_reason")),
                            rows.getString("explanation"),
                            Sql.integer(rows, "rule_version"),
                            Decision.parseCriteria(rows.getString("matched_criteria")),
                            rows.getString("actor"),
                            Sql.longOrNull(rows, "transfer_run_id"),
                            Sql.longOrNull(rows, "transfer_order_id"),
                            NotificationStatus.valueOf(rows.getString("customer_notification")),
                            NotificationStatus.valueOf(rows.getString("receiving_notification")),
                            Sql.instant(rows, "recorded_at")));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read transfers", e);
        }
        return found;
    }

    /** Records that a transfer's customer or receiving body has been told. */
    public void markNotified(long transferId, NotificationRecipient recipient) {
        String column = recipient == NotificationRecipient.CUSTOMER ? "customer" : "receiving";
        update(
                "update cli_transfer set " + column + "_notification = 'SENT', " + column + "_notified_at = coalesce("
                        + column + "_notified_at, ?) where id = ?",
                clock.instant(),
                transferId);
    }

    static ResponsibleBody body(ResultSet rows, String prefix) throws SQLException {
        return new ResponsibleBody(BodyType.valueOf(rows.getString(prefix + "_type")), rows.getString(prefix + "_key"));
    }

    private int update(String sql, Object... values) {
        try (PreparedStatement statement = connection().prepareStatement(sql)) {
            Sql.setAll(statement, values);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("update custody ledger", e);
        }
    }

    private Connection connection() {
        return Sql.connection(em);
    }
}
