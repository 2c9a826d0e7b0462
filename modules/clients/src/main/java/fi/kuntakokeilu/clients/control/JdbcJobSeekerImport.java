package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.ImportReport;
import fi.kuntakokeilu.clients.ImportRowError;
import fi.kuntakokeilu.clients.JobSeekerRegistered;
import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.Page;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import fi.kuntakokeilu.clients.control.CustomerExtract.Parsed;
import fi.kuntakokeilu.clients.control.CustomerExtract.Row;
import fi.kuntakokeilu.clients.control.CustomerExtract.RowError;
import fi.kuntakokeilu.platform.i18n.Languages;
import fi.kuntakokeilu.platform.i18n.Messages;
import fi.kuntakokeilu.platform.identity.MunicipalityCode;
import fi.kuntakokeilu.platform.schema.Database;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes customer-extract rows in chunks: an upsert by identity code (new people are registered,
 * known people updated, unchanged people left alone, so importing a file twice changes nothing the
 * second time), their situation history, first custody, and the event-driven re-evaluation of
 * everyone whose situation changed. A chunk is a few round trips whatever its size: one query for
 * the people already known, one for their latest situation, and batched inserts and updates.
 *
 * <p>Refused rows, with line, column and reason, go to {@code cli_import_error}; the import's
 * counters to {@code cli_import}, both in the chunk's transaction.
 */
@ApplicationScoped
public class JdbcJobSeekerImport {

    private static final String PERSON_COLUMNS = "personal_identity_code, first_name, last_name, birth_date, sex,"
            + " mother_tongue, immigrant, education_level, email, phone, street_address, postal_code, post_office,"
            + " registered_on, home_municipality, labour_market_status, unemployment_benefit, created_at, updated_at";

    @PersistenceContext
    EntityManager em;

    @Inject
    JdbcCustodyLedger ledger;

    @Inject
    Clock clock;

    @Inject
    Event<JobSeekerRegistered> registered;

    protected JdbcJobSeekerImport() {}

    /** For use outside the container (no events). */
    public JdbcJobSeekerImport(EntityManager em, JdbcCustodyLedger ledger, Clock clock) {
        this.em = em;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** What one chunk did: ids of people added and changed, and how many rows were unchanged or refused. */
    public record ChunkOutcome(int lines, List<Long> inserted, List<Long> updated, int unchanged, int rejected) {}

    private record Known(
            long id,
            Row asStored,
            LocalDate latestFrom,
            LabourMarketStatus status,
            UnemploymentBenefit benefit,
            String home) {}

    public long begin(String actor) {
        String sql = "insert into cli_import (status, imported_by, started_at) values ('RUNNING', ?, ?)";
        try (PreparedStatement insert = Sql.connection(em).prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            Sql.setAll(insert, actor, clock.instant());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("begin import", e);
        }
    }

    /**
     * Records an import that will run in the background: who started it (with their role, for the
     * job's audit rows) and how many data lines its stored file has.
     */
    public long begin(String actor, Role role, long totalLines) {
        long id = begin(actor);
        update("update cli_import set total_lines = ?, requested_role = ? where id = ?", totalLines, role, id);
        return id;
    }

    /** Who started a background import, as the caller its job acts for. */
    public Optional<Caller> requester(long importId) {
        String sql = "select imported_by, requested_role from cli_import where id = ? and requested_role is not null";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, importId);
            try (ResultSet found = select.executeQuery()) {
                return found.next()
                        ? Optional.of(new Caller(
                                found.getString(1),
                                Role.valueOf(found.getString(2)),
                                Set.of(),
                                null,
                                Languages.DEFAULT))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw Sql.failure("read import", e);
        }
    }

    public void finish(long importId, String status, String failure) {
        update(
                "update cli_import set status = ?, failure = ?, finished_at = ? where id = ?",
                status,
                failure == null ? null : failure.substring(0, Math.min(1000, failure.length())),
                clock.instant(),
                importId);
    }

    /**
     * Writes one chunk. Rows must not repeat an identity code within the chunk (the reader starts a
     * new chunk at a repeat, so a later row updates an earlier one, as in the file's order).
     *
     * @param importId the import to count and report under, or null (the demo population)
     */
    public ChunkOutcome write(Long importId, List<Parsed> chunk, TransferContext context, String actor) {
        List<RowError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Parsed parsed : chunk) {
            if (parsed.isValid()) {
                rows.add(parsed.row());
            } else {
                errors.addAll(parsed.errors());
            }
        }
        int rejected = chunk.size() - rows.size();
        Map<String, Known> known = known(rows);
        List<Row> fresh = new ArrayList<>();
        List<Row> changedSituation = new ArrayList<>();
        List<Row> changedRegistry = new ArrayList<>();
        List<Long> movedHome = new ArrayList<>();
        int unchanged = 0;
        for (Row row : rows) {
            Known person = known.get(row.code().value());
            if (person == null) {
                fresh.add(row);
                continue;
            }
            boolean situation = person.status() != row.labourMarketStatus()
                    || person.benefit() != row.unemploymentBenefit()
                    || !person.home().equals(row.homeMunicipality());
            if (situation && row.situationFrom().isBefore(person.latestFrom())) {
                errors.add(new RowError(
                        row.line(),
                        "status_since",
                        "clients.situation.beforeLatest",
                        person.latestFrom().toString()));
                rejected++;
                continue;
            }
            boolean registry = !sameRegistry(person.asStored(), row);
            if (situation) {
                changedSituation.add(row);
                if (!person.home().equals(row.homeMunicipality())) {
                    movedHome.add(person.id());
                }
            }
            if (situation || registry) {
                changedRegistry.add(row);
            } else {
                unchanged++;
            }
        }
        Instant now = clock.instant();
        Map<String, Long> ids = insertPeople(fresh, now);
        ids.putAll(idsOf(known, changedRegistry));
        updatePeople(changedRegistry, ids, now);
        List<Row> situations = new ArrayList<>(fresh);
        situations.addAll(changedSituation);
        insertSituations(situations, ids, actor, now);
        List<Custody> custodies = new ArrayList<>();
        for (Row row : fresh) {
            String office = context.areas()
                    .officeOf(MunicipalityCode.of(row.homeMunicipality()))
                    .orElseThrow();
            custodies.add(
                    new Custody(ids.get(row.code().value()), ResponsibleBody.office(office), row.registeredOn(), null));
        }
        ledger.open(custodies);
        for (long id : movedHome) {
            ledger.clearDiscretion(id);
        }
        reevaluate(situations, changedRegistry, ids, context, actor);
        if (importId != null) {
            writeErrors(importId, errors);
            update(
                    "update cli_import set lines_read = lines_read + ?, inserted = inserted + ?, updated = updated + ?,"
                            + " unchanged = unchanged + ?, rejected = rejected + ? where id = ?",
                    chunk.size(),
                    fresh.size(),
                    changedRegistry.size(),
                    unchanged,
                    rejected,
                    importId);
        }
        if (registered != null) {
            for (int i = 0; i < custodies.size(); i++) {
                Custody custody = custodies.get(i);
                Row row = fresh.get(i);
                registered.fire(new JobSeekerRegistered(
                        custody.jobSeekerId(), row.registeredOn(), row.homeMunicipality(), custody.body()));
            }
        }
        List<Long> insertedIds =
                fresh.stream().map(r -> ids.get(r.code().value())).toList();
        List<Long> updatedIds =
                changedRegistry.stream().map(r -> ids.get(r.code().value())).toList();
        return new ChunkOutcome(chunk.size(), insertedIds, updatedIds, unchanged, rejected);
    }

    private static boolean sameRegistry(Row stored, Row row) {
        return stored.firstName().equals(row.firstName())
                && stored.lastName().equals(row.lastName())
                && stored.motherTongue().equals(row.motherTongue())
                && stored.immigrant() == row.immigrant()
                && Objects.equals(stored.educationLevel(), row.educationLevel())
                && Objects.equals(stored.email(), row.email())
                && Objects.equals(stored.phone(), row.phone())
                && Objects.equals(stored.streetAddress(), row.streetAddress())
                && Objects.equals(stored.postalCode(), row.postalCode())
                && Objects.equals(stored.postOffice(), row.postOffice());
    }

    /** Re-evaluates people whose situation or rule-relevant facts changed, on the day it took effect. */
    private void reevaluate(
            List<Row> situations, List<Row> registry, Map<String, Long> ids, TransferContext context, String actor) {
        Map<Long, Row> toDecide = new HashMap<>();
        for (Row row : situations) {
            toDecide.put(ids.get(row.code().value()), row);
        }
        for (Row row : registry) {
            toDecide.putIfAbsent(ids.get(row.code().value()), row);
        }
        if (toDecide.isEmpty()) {
            return;
        }
        Map<Long, Custody> custodies = ledger.custodies(toDecide.keySet(), true);
        List<Plan> plans = new ArrayList<>();
        for (var entry : toDecide.entrySet()) {
            Row row = entry.getValue();
            JobSeekerFacts facts = new JobSeekerFacts(
                    row.code().birthDate(),
                    row.motherTongue(),
                    row.immigrant(),
                    row.labourMarketStatus(),
                    row.unemploymentBenefit(),
                    row.homeMunicipality(),
                    null);
            LocalDate day = row.situationFrom();
            Decision decision = context.rules().decide(facts, day, context.areas());
            plans.add(context.planner().plan(custodies.get(entry.getKey()), facts, decision, Trigger.EVENT));
        }
        ledger.apply(plans, Trigger.EVENT, actor, null);
    }

    private Map<String, Known> known(List<Row> rows) {
        Map<String, Known> known = new HashMap<>();
        for (List<Row> slice : Sql.slices(rows)) {
            String sql = "select j.*, s.effective_from, s.labour_market_status as s_status,"
                    + " s.unemployment_benefit as s_benefit, s.home_municipality as s_home from cli_job_seeker j"
                    + " join cli_situation s on s.id = (select s2.id from cli_situation s2 where s2.job_seeker_id = j.id"
                    + " order by s2.effective_from desc, s2.id desc limit 1)"
                    + " where j.personal_identity_code in (" + Sql.placeholders(slice.size()) + ")";
            try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
                Sql.setAll(select, slice.stream().map(r -> r.code().value()).toArray());
                try (ResultSet found = select.executeQuery()) {
                    while (found.next()) {
                        String code = found.getString("personal_identity_code");
                        Row stored = new Row(
                                0,
                                null,
                                found.getString("first_name"),
                                found.getString("last_name"),
                                found.getString("home_municipality"),
                                found.getString("mother_tongue"),
                                found.getBoolean("immigrant"),
                                Sql.integer(found, "education_level"),
                                null,
                                null,
                                Sql.date(found, "registered_on"),
                                null,
                                found.getString("email"),
                                found.getString("phone"),
                                found.getString("street_address"),
                                found.getString("postal_code"),
                                found.getString("post_office"));
                        known.put(
                                code,
                                new Known(
                                        found.getLong("id"),
                                        stored,
                                        Sql.date(found, "effective_from"),
                                        LabourMarketStatus.valueOf(found.getString("s_status")),
                                        UnemploymentBenefit.valueOf(found.getString("s_benefit")),
                                        found.getString("s_home")));
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure("read known job seekers", e);
            }
        }
        return known;
    }

    private static Map<String, Long> idsOf(Map<String, Known> known, List<Row> rows) {
        Map<String, Long> ids = new HashMap<>();
        for (Row row : rows) {
            ids.put(row.code().value(), known.get(row.code().value()).id());
        }
        return ids;
    }

    private Map<String, Long> insertPeople(List<Row> rows, Instant now) {
        if (rows.isEmpty()) {
            return new HashMap<>();
        }
        String sql = "insert into cli_job_seeker (" + PERSON_COLUMNS + ") values (" + Sql.placeholders(19) + ")";
        try (PreparedStatement insert = Database.prepareBatchInsert(Sql.connection(em), sql)) {
            for (Row row : rows) {
                Sql.setAll(
                        insert,
                        row.code().value(),
                        row.firstName(),
                        row.lastName(),
                        row.code().birthDate(),
                        row.code().sex(),
                        row.motherTongue(),
                        row.immigrant(),
                        row.educationLevel(),
                        row.email(),
                        row.phone(),
                        row.streetAddress(),
                        row.postalCode(),
                        row.postOffice(),
                        row.registeredOn(),
                        row.homeMunicipality(),
                        row.labourMarketStatus(),
                        row.unemploymentBenefit(),
                        now,
                        now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("insert job seekers", e);
        }
        Map<String, Long> ids = new HashMap<>();
        for (List<Row> slice : Sql.slices(rows)) {
            String select = "select id, personal_identity_code from cli_job_seeker where personal_identity_code in ("
                    + Sql.placeholders(slice.size()) + ")";
            try (PreparedStatement query = Sql.connection(em).prepareStatement(select)) {
                Sql.setAll(query, slice.stream().map(r -> r.code().value()).toArray());
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        ids.put(found.getString(2), found.getLong(1));
                    }
                }
            } catch (SQLException e) {
                throw Sql.failure("read new job seeker ids", e);
            }
        }
        return ids;
    }

    private void updatePeople(List<Row> rows, Map<String, Long> ids, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "update cli_job_seeker set first_name = ?, last_name = ?, mother_tongue = ?, immigrant = ?,"
                + " education_level = ?, email = ?, phone = ?, street_address = ?, postal_code = ?, post_office = ?,"
                + " home_municipality = ?, labour_market_status = ?, unemployment_benefit = ?, updated_at = ?,"
                + " version = version + 1 where id = ?";
        try (PreparedStatement update = Sql.connection(em).prepareStatement(sql)) {
            for (Row row : rows) {
                Sql.setAll(
                        update,
                        row.firstName(),
                        row.lastName(),
                        row.motherTongue(),
                        row.immigrant(),
                        row.educationLevel(),
                        row.email(),
                        row.phone(),
                        row.streetAddress(),
                        row.postalCode(),
                        row.postOffice(),
                        row.homeMunicipality(),
                        row.labourMarketStatus(),
                        row.unemploymentBenefit(),
                        now,
                        ids.get(row.code().value()));
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("update job seekers", e);
        }
        JdbcCustodyLedger.copyNames(
                em, rows.stream().map(row -> ids.get(row.code().value())).toList());
    }

    private void insertSituations(List<Row> rows, Map<String, Long> ids, String actor, Instant now) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "insert into cli_situation (job_seeker_id, effective_from, labour_market_status,"
                + " unemployment_benefit, home_municipality, exclusion_item, source, recorded_by, recorded_at)"
                + " values (?,?,?,?,?,null,'IMPORT',?,?)";
        try (PreparedStatement insert = Database.prepareBatchInsert(Sql.connection(em), sql)) {
            for (Row row : rows) {
                Sql.setAll(
                        insert,
                        ids.get(row.code().value()),
                        row.situationFrom(),
                        row.labourMarketStatus(),
                        row.unemploymentBenefit(),
                        row.homeMunicipality(),
                        actor,
                        now);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("insert situations", e);
        }
    }

    private void writeErrors(long importId, List<RowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        String sql = "insert into cli_import_error (import_id, line, seq, field, code, argument) values (?,?,?,?,?,?)";
        try (PreparedStatement insert = Database.prepareBatchInsert(Sql.connection(em), sql)) {
            Map<Long, Integer> seq = new HashMap<>();
            for (RowError error : errors) {
                int n = seq.merge(error.line(), 1, Integer::sum);
                String argument = error.argument() == null
                        ? null
                        : error.argument()
                                .substring(0, Math.min(200, error.argument().length()));
                Sql.setAll(insert, importId, error.line(), n, error.field(), error.code(), argument);
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("write import errors", e);
        }
    }

    /** The import's report, listing refused rows up to a limit, in a language. */
    public Optional<ImportReport> report(long importId, int listed, Locale language) {
        String sql = "select * from cli_import where id = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, importId);
            try (ResultSet found = select.executeQuery()) {
                if (!found.next()) {
                    return Optional.empty();
                }
                long rejectedErrors = countErrors(importId);
                List<ImportRowError> errors =
                        errors(importId, 0, listed, language).items();
                return Optional.of(new ImportReport(
                        importId,
                        found.getString("status"),
                        found.getLong("lines_read"),
                        found.getLong("inserted"),
                        found.getLong("updated"),
                        found.getLong("unchanged"),
                        found.getLong("rejected"),
                        errors,
                        Math.max(0, rejectedErrors - errors.size()),
                        found.getString("failure"),
                        Sql.instant(found, "started_at"),
                        Sql.instant(found, "finished_at"),
                        found.getObject("total_lines") == null ? null : found.getLong("total_lines")));
            }
        } catch (SQLException e) {
            throw Sql.failure("read import", e);
        }
    }

    /** Refused rows in file order, a page at a time, with reasons in a language. */
    public Page<ImportRowError> errors(long importId, int page, int size, Locale language) {
        String sql = "select line, field, code, argument from cli_import_error where import_id = ?"
                + " order by line, seq limit ? offset ?";
        List<ImportRowError> errors = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, importId, size, (long) page * size);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    String code = found.getString("code");
                    String argument = found.getString("argument");
                    String reason =
                            argument == null ? Messages.get(language, code) : Messages.get(language, code, argument);
                    errors.add(new ImportRowError(found.getLong("line"), found.getString("field"), reason, code));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("read import errors", e);
        }
        return new Page<>(errors, page, size, countErrors(importId));
    }

    private long countErrors(long importId) {
        try (PreparedStatement select =
                Sql.connection(em).prepareStatement("select count(*) from cli_import_error where import_id = ?")) {
            Sql.setAll(select, importId);
            try (ResultSet found = select.executeQuery()) {
                found.next();
                return found.getLong(1);
            }
        } catch (SQLException e) {
            throw Sql.failure("count import errors", e);
        }
    }

    private void update(String sql, Object... values) {
        try (PreparedStatement statement = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(statement, values);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw Sql.failure("update import", e);
        }
    }
}
