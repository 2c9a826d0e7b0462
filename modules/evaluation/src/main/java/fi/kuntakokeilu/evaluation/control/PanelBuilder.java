package fi.kuntakokeilu.evaluation.control;

import static fi.kuntakokeilu.evaluation.control.PanelRules.in;
import static fi.kuntakokeilu.evaluation.control.PanelRules.inCodes;

import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the monthly status panel ({@code eva_panel}) with set-based SQL: one {@code INSERT …
 * SELECT} per month end over staged intervals, never a row at a time.
 *
 * <p>A build first copies the reference data it needs ({@link #loadReferenceData}), then stages the
 * clients module's published views as intervals bounded by a {@link SourceVersion} ({@link
 * #stage}): situation intervals with the day the current spell of unemployment began, and custody
 * intervals. Each month is then deleted and inserted again ({@link #buildMonth}): its services facts
 * are staged per person into one keyed table ({@link #stageMonthFacts}) and the month's rows
 * written by one {@code INSERT … SELECT} joining it by primary key, with the month's row count and
 * fingerprint in {@code eva_panel_month}. The same source version and rules always give the
 * same panel, whenever and however often it is built.
 */
@ApplicationScoped
public class PanelBuilder {

    /** Before any real date and after every one: the open ends of intervals. */
    static final LocalDate BEGINNING = LocalDate.of(1000, 1, 1);

    static final LocalDate END = LocalDate.of(9999, 12, 31);

    /** The panel's columns in the order the fingerprint and the export read them. */
    public static final List<String> COLUMNS = List.of(
            "month_end",
            "job_seeker_id",
            "body_type",
            "body_key",
            "home_municipality",
            "municipality_area",
            "labour_market_status",
            "unemployment_benefit",
            "unemployed",
            "laid_off_full",
            "in_services",
            "in_training",
            "employed_open",
            "employed_subsidised",
            "in_active_services",
            "unemployed_since",
            "unemployment_spell_months",
            "long_term_unemployed",
            "age_band",
            "under_30",
            "foreign_language",
            "not_earnings_related",
            "language_group",
            "sex",
            "in_active_service_period",
            "active_service_code",
            "plan_valid",
            "interviews_due",
            "interviews_on_time",
            "initial_interviews_due",
            "initial_interviews_on_time",
            "days_to_first_appointment",
            "service_ended_3m_before",
            "open_employment_3m_after",
            "service_ended_6m_before",
            "open_employment_6m_after");

    /** The columns of {@link #COLUMNS} that may be null (eva_panel's DDL). */
    static final Set<String> NULLABLE = Set.of(
            "municipality_area",
            "unemployed_since",
            "unemployment_spell_months",
            "active_service_code",
            "days_to_first_appointment",
            "open_employment_3m_after",
            "open_employment_6m_after");

    /** The tables a build stages its sources into, emptied before each build's staging. */
    public static final List<String> STAGED_TABLES = List.of(
            "eva_stage_situation", "eva_stage_custody", "eva_stage_service", "eva_stage_plan", "eva_stage_appointment");

    /**
     * Bytes of in-memory temporary table the situation staging (and the design assignment, {@link
     * DesignStore}) may use (2 GiB). The national
     * history (4.9 million situations) needs more than 1 GiB: with 1 GiB its window functions went
     * to disk and took 55 s instead of 21 s (docs/benchmarks.md).
     */
    static final long STAGING_MEMORY = 2L << 30;

    /**
     * The staged appointments' secondary indexes (as migration V5 leaves them). A build drops them
     * when it empties the staged tables and adds them once the appointments are copied: building an
     * index from the finished table is about half the cost of keeping it up to date row by row.
     */
    static final List<String> APPOINTMENT_INDEXES = List.of(
            "eva_stage_appointment_due (due_on, job_seeker_id, kind, held_on)",
            "eva_stage_appointment_held (job_seeker_id, held_on)");

    /** Drops the staged appointments' secondary indexes (only with the table empty). */
    public static String dropAppointmentIndexes() {
        return "alter table eva_stage_appointment "
                + APPOINTMENT_INDEXES.stream()
                        .map(index -> "drop index if exists " + index.substring(0, index.indexOf(' ')))
                        .collect(Collectors.joining(", "));
    }

    /** Adds the staged appointments' secondary indexes that are missing. */
    public static String addAppointmentIndexes() {
        return "alter table eva_stage_appointment "
                + APPOINTMENT_INDEXES.stream()
                        .map(index -> "add key if not exists " + index)
                        .collect(Collectors.joining(", "));
    }

    @PersistenceContext
    EntityManager em;

    protected PanelBuilder() {}

    /** For use outside the container, with an entity manager the caller controls. */
    public PanelBuilder(EntityManager em) {
        this.em = em;
    }

    /** The highest ids the clients views hold now. */
    public SourceVersion currentSources() {
        return new SourceVersion(
                Sql.number(em, "select coalesce(max(id), 0) from cli_v_person"),
                Sql.number(em, "select coalesce(max(situation_id), 0) from cli_v_situation"),
                Sql.number(em, "select coalesce(max(transfer_id), 0) from cli_v_transfer"));
    }

    /** Replaces the copy of municipalities and trial-area memberships the month queries join. */
    public void loadReferenceData(List<MunicipalityView> municipalities) {
        Sql.update(em, "delete from eva_area_membership");
        Sql.update(em, "delete from eva_municipality");
        try (PreparedStatement municipality = Sql.connection(em)
                        .prepareStatement(
                                "insert into eva_municipality (code, office_key, comparison_since) values (?,?,?)");
                PreparedStatement membership = Sql.connection(em)
                        .prepareStatement("insert into eva_area_membership (municipality_code, valid_from, valid_to,"
                                + " area_key) values (?,?,?,?)")) {
            for (MunicipalityView view : municipalities) {
                Sql.setAll(municipality, view.code(), view.employmentOffice(), view.comparisonSince());
                municipality.addBatch();
                for (MembershipView m : view.trialAreas()) {
                    Sql.setAll(membership, view.code(), m.validFrom(), m.validTo(), m.areaKey());
                    membership.addBatch();
                }
            }
            municipality.executeBatch();
            membership.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("load reference data", e);
        }
    }

    /**
     * Stages situation and custody intervals as the sources stood at the version, and the services
     * facts: {@link #stageHistories} and {@link #stageServices} (a build runs the two at once, each
     * in a transaction of its own), then {@link #stageFirstAppointments}, which reads both.
     */
    public void stage(SourceVersion version) {
        stageHistories(version);
        stageServices(version);
        stageFirstAppointments();
    }

    /**
     * Stages the situation intervals with the day each spell of unemployment began, and the custody
     * intervals (before the first transfer, or without one, the registering body held the customer).
     * The situations' window functions keep their intermediate rows in memory up to {@link
     * #STAGING_MEMORY} bytes for that statement only (the server's default, 16 MB, sends the
     * national history to disk).
     */
    public void stageHistories(SourceVersion version) {
        Sql.update(em, "delete from eva_stage_situation");
        String unemployed = in(PanelRules.UNEMPLOYED);
        // Rows shadowed by a later row of the same day are empty intervals and dropped before the
        // spell is traced, so they neither begin nor break one.
        Sql.update(
                em,
                "set statement tmp_table_size = " + STAGING_MEMORY + ", max_heap_table_size = " + STAGING_MEMORY
                        + " for insert into eva_stage_situation (job_seeker_id, valid_from, situation_id, valid_to,"
                        + " labour_market_status, unemployment_benefit, home_municipality, unemployed_since)"
                        + " select job_seeker_id, effective_from, situation_id, valid_to, labour_market_status,"
                        + " unemployment_benefit, home_municipality,"
                        + " case when unemployed then coalesce(last_other_end, first_from) end"
                        + " from (select r.*,"
                        + "   max(case when not r.unemployed then r.valid_to end) over (partition by r.job_seeker_id"
                        + "     order by r.effective_from, r.situation_id rows between unbounded preceding and"
                        + "     current row) as last_other_end,"
                        + "   min(r.effective_from) over (partition by r.job_seeker_id) as first_from"
                        + "  from (select s.situation_id, s.job_seeker_id, s.effective_from, s.labour_market_status,"
                        + "     s.unemployment_benefit, s.home_municipality,"
                        + "     s.labour_market_status in " + unemployed + " as unemployed,"
                        + "     coalesce(lead(s.effective_from) over (partition by s.job_seeker_id"
                        + "       order by s.effective_from, s.situation_id), " + Sql.literal(END) + ") as valid_to"
                        + "   from cli_v_situation s where s.situation_id <= ? and s.job_seeker_id <= ?) r"
                        + "  where r.valid_to > r.effective_from) x",
                version.maxSituationId(),
                version.maxJobSeekerId());
        Sql.update(em, "delete from eva_stage_custody");
        Sql.update(
                em,
                "insert into eva_stage_custody (job_seeker_id, seq, valid_from, valid_to, body_type, body_key,"
                        + " entered_on)"
                        + " select job_seeker_id, seq, valid_from, valid_to, body_type, body_key, entered_on"
                        + " from (select h.job_seeker_id, h.body_type, h.body_key, h.valid_from as entered_on,"
                        + "   row_number() over w as seq,"
                        + "   case when h.transfer_id is null then " + Sql.literal(BEGINNING)
                        + "     else h.valid_from end as valid_from,"
                        + "   coalesce(lead(h.valid_from) over w, " + Sql.literal(END) + ") as valid_to"
                        + "  from cli_v_custody_history h"
                        + "  where (h.transfer_id is null or h.transfer_id <= ?) and h.job_seeker_id <= ?"
                        + "  window w as (partition by h.job_seeker_id"
                        + "    order by h.transfer_id is not null, h.valid_from, h.transfer_id)) c"
                        + " where valid_to > valid_from",
                version.maxTransferId(),
                version.maxJobSeekerId());
    }

    /**
     * Stages the services module's published views (service periods with the catalogue's
     * active-service flag, each plan's latest version, interviews and discussions) for the job
     * seekers of the version. The views carry no ids or change times, so they are read as they stand
     * now, whatever the version (docs/indicators.md, "Services facts").
     */
    public void stageServices(SourceVersion version) {
        Sql.update(em, "delete from eva_stage_service");
        Sql.update(em, "delete from eva_stage_plan");
        Sql.update(em, "delete from eva_stage_appointment");
        Sql.update(
                em,
                "insert into eva_stage_service (job_seeker_id, service_code, active_service, status, start_date,"
                        + " end_date) select job_seeker_id, service_code, active_service, status, start_date, end_date"
                        + " from svc_v_service_period where job_seeker_id <= ?",
                version.maxJobSeekerId());
        Sql.update(
                em,
                "insert into eva_stage_plan (job_seeker_id, plan_id, kind, valid_from, review_due)"
                        + " select job_seeker_id, plan_id, kind, valid_from, review_due from svc_v_plan"
                        + " where job_seeker_id <= ?",
                version.maxJobSeekerId());
        Sql.update(
                em,
                "insert into eva_stage_appointment (job_seeker_id, kind, due_on, held_on)"
                        + " select job_seeker_id, kind, due_on, held_on from svc_v_appointment where job_seeker_id <= ?",
                version.maxJobSeekerId());
    }

    /**
     * Records on each staged custody interval the first day after its entry on which an interview
     * or discussion was held (after {@link #stageHistories} and {@link #stageServices}).
     */
    public void stageFirstAppointments() {
        Sql.update(
                em,
                "update eva_stage_custody c set first_appointment_on = (select min(a.held_on)"
                        + " from eva_stage_appointment a where a.job_seeker_id = c.job_seeker_id"
                        + " and a.held_on >= c.entered_on and a.held_on < c.valid_to)");
    }

    /**
     * Records per person a digest of every staged source row the panel reads of them ({@code
     * eva_person_digest.source_digest}); people whose digest differs from the one their panel rows
     * were built from are the ones a nightly build replaces. Call after {@link #stage}.
     */
    public void stageDigests(SourceVersion version) {
        Sql.update(em, "update eva_person_digest set source_digest = null");
        Sql.update(
                em,
                "insert into eva_person_digest (job_seeker_id, source_digest)"
                        + " select p.id, cast(conv(substr(sha2(concat_ws('|',"
                        + "   coalesce(p.birth_date, ''), coalesce(p.sex, ''), coalesce(p.mother_tongue, ''),"
                        + "   coalesce(p.registered_on, ''), coalesce(si.x, 0), coalesce(cu.x, 0), coalesce(sv.x, 0),"
                        + "   coalesce(pl.x, 0), coalesce(ap.x, 0)), 256), 1, 15), 16, 10) as signed)"
                        + " from cli_v_person p"
                        + " left join (select job_seeker_id, sum(crc32(concat_ws('|', valid_from, situation_id,"
                        + "   valid_to, labour_market_status, unemployment_benefit, home_municipality,"
                        + "   coalesce(unemployed_since, '')))) x from eva_stage_situation group by job_seeker_id) si"
                        + "   on si.job_seeker_id = p.id"
                        + " left join (select job_seeker_id, sum(crc32(concat_ws('|', seq, valid_from, valid_to,"
                        + "   body_type, body_key, coalesce(entered_on, ''), coalesce(first_appointment_on, ''))))"
                        + "   x from eva_stage_custody group by job_seeker_id) cu on cu.job_seeker_id = p.id"
                        + " left join (select job_seeker_id, sum(crc32(concat_ws('|', service_code, active_service,"
                        + "   status, start_date, coalesce(end_date, '')))) x from eva_stage_service"
                        + "   group by job_seeker_id) sv on sv.job_seeker_id = p.id"
                        + " left join (select job_seeker_id, sum(crc32(concat_ws('|', plan_id, kind, valid_from,"
                        + "   review_due))) x from eva_stage_plan group by job_seeker_id) pl on pl.job_seeker_id = p.id"
                        + " left join (select job_seeker_id, sum(crc32(concat_ws('|', kind, due_on,"
                        + "   coalesce(held_on, '')))) x from eva_stage_appointment group by job_seeker_id) ap"
                        + "   on ap.job_seeker_id = p.id"
                        + " where p.id <= ?"
                        + " on duplicate key update source_digest = values(source_digest)",
                version.maxJobSeekerId());
    }

    /** After a full build: every person's panel rows are now built from their staged sources. */
    public void markAllBuilt() {
        Sql.update(em, "delete from eva_person_digest where source_digest is null");
        Sql.update(em, "update eva_person_digest set built_digest = source_digest");
    }

    /** A digest of the trial-area memberships the month queries join (a change needs a full build). */
    public String referenceDigest() {
        try (PreparedStatement select = Sql.connection(em)
                        .prepareStatement("select coalesce(sha2(group_concat(concat_ws('|', municipality_code,"
                                + " valid_from, coalesce(valid_to, ''), area_key) order by municipality_code,"
                                + " valid_from separator ';'), 256), '') from eva_area_membership");
                ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw Sql.failure("reference digest", e);
        }
    }

    /** Builds one month end from the staged intervals; returns the rows written. */
    public long buildMonth(YearMonth month, SourceVersion version, Instant now) {
        LocalDate day = month.atEndOfMonth();
        deleteIfAny("eva_panel", day);
        stageMonthFacts(month, false);
        long rows = Sql.update(em, insertMonth(month, false));
        Crc parts = crc(day, false);
        saveMonth(day, parts, version, now);
        return rows;
    }

    /**
     * Replaces the rows of the people in {@code eva_panel_changed} in every month the panel holds,
     * and updates each month's count and fingerprint from the rows removed and added, without reading
     * the rest of the month: a person's rows depend on nothing but their own sources, the month and
     * the trial-area memberships. Every month is then recorded as built from the version; returns
     * the rows written.
     */
    public long rebuildChanged(List<YearMonth> months, SourceVersion version, Instant now) {
        long written = 0;
        for (YearMonth month : months) {
            LocalDate day = month.atEndOfMonth();
            Crc stored = storedCrc(day);
            Crc removed = crc(day, true);
            Sql.update(
                    em,
                    "delete p from eva_panel p join eva_panel_changed x on x.job_seeker_id = p.job_seeker_id"
                            + " where p.month_end = ?",
                    day);
            stageMonthFacts(month, true);
            written += Sql.update(em, insertMonth(month, true));
            Crc added = crc(day, true);
            Crc parts = new Crc(
                    stored.rows() - removed.rows() + added.rows(),
                    stored.sum().subtract(removed.sum()).add(added.sum()),
                    stored.xor() ^ removed.xor() ^ added.xor());
            saveMonth(day, parts, version, now);
        }
        return written;
    }

    /** Marks the people whose sources changed since their rows were built; returns how many. */
    public long markChanged() {
        Sql.update(em, "delete from eva_panel_changed");
        return Sql.update(
                em,
                "insert into eva_panel_changed (job_seeker_id) select job_seeker_id from eva_person_digest"
                        + " where not (built_digest <=> source_digest)");
    }

    /** After a nightly build: the changed people's rows are built from their staged sources. */
    public void markChangedBuilt() {
        Sql.update(
                em,
                "update eva_person_digest g join eva_panel_changed x on x.job_seeker_id = g.job_seeker_id"
                        + " set g.built_digest = g.source_digest");
        Sql.update(em, "delete from eva_person_digest where source_digest is null and built_digest is null");
        Sql.update(em, "delete from eva_panel_changed");
    }

    /**
     * Whether a month can take a nightly change: built, by these rules, with its fingerprint parts,
     * and with the trial-area memberships now loaded (else it is built whole).
     */
    public boolean canTakeChanges(YearMonth month) {
        return Sql.number(
                        em,
                        "select count(*) from eva_panel_month where month_end = ? and panel_rules_version = ?"
                                + " and crc_sum is not null and crc_xor is not null and reference_digest = ?",
                        month.atEndOfMonth(),
                        PanelRules.VERSION,
                        referenceDigest())
                > 0;
    }

    /**
     * Fills {@code eva_month_facts} with the month's services facts of every person who has one
     * (or only of those in {@code eva_panel_changed}): the active service at the month end (the one
     * begun last, then by code, names it), the interviews and discussions due in the month and those
     * held by their due day, and the last active service ended in the calendar month three and six
     * months before. Each is a small grouped read of the staged services; {@link #insertMonth} then
     * joins the one keyed table.
     */
    void stageMonthFacts(YearMonth month, boolean changedOnly) {
        LocalDate day = month.atEndOfMonth();
        String d = Sql.literal(day);
        String first = Sql.literal(month.atDay(1));
        String running = "sv.status <> 'PLANNED'";
        String only = changedOnly ? " and job_seeker_id in (select job_seeker_id from eva_panel_changed)" : "";
        clearMonthFacts();
        Sql.update(
                em,
                "insert into eva_month_facts (job_seeker_id, active_service_code)"
                        + " select sv.job_seeker_id, substring_index(group_concat(sv.service_code"
                        + "   order by sv.start_date desc, sv.service_code separator ','), ',', 1)"
                        + " from eva_stage_service sv where sv.active_service and " + running
                        + "   and sv.start_date <= " + d + " and (sv.end_date is null or sv.end_date >= " + d + ")"
                        + only
                        + " group by sv.job_seeker_id");
        Sql.update(
                em,
                "insert into eva_month_facts (job_seeker_id, interviews_due, interviews_on_time, initial_due,"
                        + " initial_on_time)"
                        + " select job_seeker_id, count(*), sum(coalesce(held_on <= due_on, false)),"
                        + "   sum(kind = 'INITIAL_INTERVIEW'),"
                        + "   sum(kind = 'INITIAL_INTERVIEW' and coalesce(held_on <= due_on, false))"
                        + " from eva_stage_appointment where due_on between " + first + " and " + d
                        + only
                        + " group by job_seeker_id"
                        + " on duplicate key update interviews_due = values(interviews_due),"
                        + "   interviews_on_time = values(interviews_on_time), initial_due = values(initial_due),"
                        + "   initial_on_time = values(initial_on_time)");
        ended("service_ended_3m", month.minusMonths(PanelRules.OUTCOME_EARLY_MONTHS), only);
        ended("service_ended_6m", month.minusMonths(PanelRules.OUTCOME_LATE_MONTHS), only);
    }

    /**
     * Makes the connection's own {@code eva_month_facts} empty: a temporary table (created here when
     * the connection has none), so that months built at once on other connections never meet this
     * one's locks. Emptied before each month's facts, never read across months.
     */
    private void clearMonthFacts() {
        Sql.update(
                em,
                "create temporary table if not exists eva_month_facts ("
                        + " job_seeker_id BIGINT NOT NULL, active_service_code VARCHAR(40) NULL,"
                        + " interviews_due INT NOT NULL DEFAULT 0, interviews_on_time INT NOT NULL DEFAULT 0,"
                        + " initial_due INT NOT NULL DEFAULT 0, initial_on_time INT NOT NULL DEFAULT 0,"
                        + " service_ended_3m DATE NULL, service_ended_6m DATE NULL, PRIMARY KEY (job_seeker_id))");
        Sql.update(em, "delete from eva_month_facts");
    }

    /**
     * Deletes a month's rows of a table keyed by month end first, only when it has some: a delete that
     * finds none locks the gap where they would be, and two months built at once would then wait on
     * each other's gap to insert.
     */
    private void deleteIfAny(String table, LocalDate day) {
        if (Sql.number(em, "select count(*) from (select 1 from " + table + " where month_end = ? limit 1) x", day)
                > 0) {
            Sql.update(em, "delete from " + table + " where month_end = ?", day);
        }
    }

    /** The day the last active service ended in the given month, per person. */
    private void ended(String column, YearMonth endedIn, String only) {
        Sql.update(
                em,
                "insert into eva_month_facts (job_seeker_id, " + column + ")"
                        + " select sv.job_seeker_id, max(sv.end_date) from eva_stage_service sv"
                        + " where sv.active_service and sv.status <> 'PLANNED' and sv.end_date between "
                        + Sql.literal(endedIn.atDay(1)) + " and " + Sql.literal(endedIn.atEndOfMonth()) + only
                        + " group by sv.job_seeker_id"
                        + " on duplicate key update " + column + " = values(" + column + ")");
    }

    /**
     * The INSERT … SELECT of one month end: every person with a situation at the month end (or only
     * those in {@code eva_panel_changed}), joined to the custody in force, the trial-area
     * membership, and the month's services facts staged by {@link #stageMonthFacts}
     * (docs/indicators.md).
     */
    String insertMonth(YearMonth month, boolean changedOnly) {
        LocalDate day = month.atEndOfMonth();
        String d = Sql.literal(day);
        String first = Sql.literal(month.atDay(1));
        String age = "timestampdiff(year, p.birth_date, " + d + ")";
        String st = "s.labour_market_status";
        return "insert into eva_panel (" + String.join(", ", COLUMNS) + ")"
                + " select " + d + ", s.job_seeker_id, c.body_type, c.body_key, s.home_municipality, m.area_key,"
                + " s.labour_market_status, s.unemployment_benefit,"
                + st + " in " + in(PanelRules.UNEMPLOYED) + ","
                + st + " = 'LAID_OFF_FULL',"
                + st + " in " + in(PanelRules.IN_SERVICES) + ","
                + st + " in " + in(PanelRules.IN_TRAINING) + ","
                + st + " in " + in(PanelRules.EMPLOYED_OPEN) + ","
                + st + " in " + in(PanelRules.EMPLOYED_SUBSIDISED) + ","
                + st + " in " + in(PanelRules.ACTIVE_SERVICES) + ","
                + " s.unemployed_since,"
                + " case when s.unemployed_since is null then null"
                + "   else timestampdiff(month, s.unemployed_since, " + d + ") end,"
                + " coalesce(date_add(s.unemployed_since, interval " + PanelRules.LONG_TERM_MONTHS + " month) < "
                + d + ", false),"
                + PanelRules.ageBandSql(age) + ","
                + age + " < " + PanelRules.YOUNG_BELOW + ","
                + " p.mother_tongue not in " + inCodes(domestic()) + ","
                + " s.unemployment_benefit <> 'EARNINGS_RELATED',"
                + " case when p.mother_tongue in " + inCodes(PanelRules.FINNISH) + " then 'fi'"
                + "   when p.mother_tongue in " + inCodes(PanelRules.SWEDISH) + " then 'sv'"
                + "   when p.mother_tongue in " + inCodes(PanelRules.SAMI) + " then 'sami' else 'other' end,"
                + " p.sex,"
                + " f.active_service_code is not null, f.active_service_code,"
                + " exists (select 1 from eva_stage_plan pl where pl.job_seeker_id = s.job_seeker_id"
                + "   and pl.valid_from <= " + d + " and pl.review_due >= " + d + "),"
                + " coalesce(f.interviews_due, 0), coalesce(f.interviews_on_time, 0), coalesce(f.initial_due, 0),"
                + " coalesce(f.initial_on_time, 0),"
                + " case when c.first_appointment_on between " + first + " and " + d
                + "   then datediff(c.first_appointment_on, c.entered_on) end,"
                + " f.service_ended_3m is not null,"
                + " case when f.service_ended_3m is null then null else coalesce(o3.labour_market_status in "
                + in(PanelRules.EMPLOYED_OPEN) + ", false) end,"
                + " f.service_ended_6m is not null,"
                + " case when f.service_ended_6m is null then null else coalesce(o6.labour_market_status in "
                + in(PanelRules.EMPLOYED_OPEN) + ", false) end"
                + " from eva_stage_situation s"
                + (changedOnly ? " join eva_panel_changed x on x.job_seeker_id = s.job_seeker_id" : "")
                + " join cli_v_person p on p.id = s.job_seeker_id"
                + " join eva_stage_custody c on c.job_seeker_id = s.job_seeker_id"
                + "   and c.valid_from <= " + d + " and c.valid_to > " + d
                + " left join eva_area_membership m on m.municipality_code = s.home_municipality"
                + "   and m.valid_from <= " + d + " and (m.valid_to is null or m.valid_to >= " + d + ")"
                + " left join eva_month_facts f on f.job_seeker_id = s.job_seeker_id"
                // The situation the given number of months after the service's end day (which falls
                // in the month being built).
                + situationAfter("o3", "f.service_ended_3m", PanelRules.OUTCOME_EARLY_MONTHS)
                + situationAfter("o6", "f.service_ended_6m", PanelRules.OUTCOME_LATE_MONTHS)
                + " where s.valid_from <= " + d + " and s.valid_to > " + d;
    }

    private static String situationAfter(String o, String ended, int months) {
        String after = "date_add(" + ended + ", interval " + months + " month)";
        return " left join eva_stage_situation " + o + " on " + o + ".job_seeker_id = s.job_seeker_id"
                + "   and " + ended + " is not null"
                + "   and " + o + ".valid_from <= " + after + " and " + o + ".valid_to > " + after;
    }

    private void saveMonth(LocalDate day, Crc parts, SourceVersion version, Instant now) {
        deleteIfAny("eva_panel_month", day);
        Sql.update(
                em,
                "insert into eva_panel_month (month_end, rows_count, fingerprint, max_job_seeker_id,"
                        + " max_situation_id, max_transfer_id, panel_rules_version, built_at, crc_sum, crc_xor,"
                        + " reference_digest) values (?,?,?,?,?,?,?,?,?,?,?)",
                day,
                parts.rows(),
                fingerprint(day, parts),
                version.maxJobSeekerId(),
                version.maxSituationId(),
                version.maxTransferId(),
                PanelRules.VERSION,
                now,
                new java.math.BigDecimal(parts.sum()),
                parts.xor(),
                referenceDigest());
    }

    /** A month's (or its changed people's) row count and the sum and exclusive-or of its rows' CRCs. */
    record Crc(long rows, BigInteger sum, long xor) {}

    private Crc storedCrc(LocalDate day) {
        try (PreparedStatement select = Sql.connection(em)
                .prepareStatement("select rows_count, crc_sum, crc_xor from eva_panel_month where month_end = ?")) {
            Sql.setAll(select, day);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new Crc(rows.getLong(1), new BigInteger(rows.getString(2)), rows.getLong(3));
            }
        } catch (SQLException e) {
            throw Sql.failure("stored fingerprint parts " + day, e);
        }
    }

    /** Removes months outside the range a full build covered. */
    public void removeOutside(YearMonth first, YearMonth last) {
        LocalDate from = first.atEndOfMonth();
        LocalDate to = last.atEndOfMonth();
        Sql.update(em, "delete from eva_panel where month_end < ? or month_end > ?", from, to);
        Sql.update(em, "delete from eva_panel_month where month_end < ? or month_end > ?", from, to);
    }

    /**
     * A fingerprint of one month's rows, independent of their physical order: the row count and the
     * sum and exclusive-or of a CRC of every row, hashed with SHA-256.
     */
    String fingerprint(LocalDate day) {
        return fingerprint(day, crc(day, false));
    }

    static String fingerprint(LocalDate day, Crc parts) {
        return sha256(day + "|" + parts.rows() + "|" + parts.sum() + "|" + parts.xor());
    }

    /** The fingerprint parts of a month's rows, or of the rows of the people in {@code eva_panel_changed}. */
    Crc crc(LocalDate day, boolean changedOnly) {
        // A null reads as '' (concat_ws would skip it); a column that cannot be null is read as it is,
        // which gives the same text and spares a third of the month's CRC time.
        String row = "crc32(concat_ws('|', "
                + String.join(
                        ", ",
                        COLUMNS.stream()
                                .map(c -> NULLABLE.contains(c) ? "coalesce(p." + c + ", '')" : "p." + c)
                                .toList())
                + "))";
        String sql = "select count(*), coalesce(sum(" + row + "), 0), coalesce(bit_xor(" + row + "), 0)"
                + " from eva_panel p"
                + (changedOnly ? " join eva_panel_changed x on x.job_seeker_id = p.job_seeker_id" : "")
                + " where p.month_end = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, day);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return new Crc(rows.getLong(1), new BigInteger(rows.getString(2)), rows.getLong(3));
            }
        } catch (SQLException e) {
            throw Sql.failure("fingerprint " + day, e);
        }
    }

    /** The months the panel holds, oldest first, with how each was built. */
    public List<PanelMonth> months() {
        List<PanelMonth> months = new ArrayList<>();
        String sql = "select month_end, rows_count, fingerprint, max_job_seeker_id, max_situation_id,"
                + " max_transfer_id, panel_rules_version from eva_panel_month order by month_end";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                months.add(new PanelMonth(
                        YearMonth.from(Sql.date(rows, "month_end")),
                        rows.getLong("rows_count"),
                        rows.getString("fingerprint"),
                        new SourceVersion(
                                rows.getLong("max_job_seeker_id"),
                                rows.getLong("max_situation_id"),
                                rows.getLong("max_transfer_id")),
                        rows.getInt("panel_rules_version")));
            }
        } catch (SQLException e) {
            throw Sql.failure("panel months", e);
        }
        return months;
    }

    public Optional<PanelMonth> month(YearMonth month) {
        return months().stream().filter(m -> m.month().equals(month)).findFirst();
    }

    /** A value of the month's rows and rules: it changes whenever the month is built again with other ones. */
    public static String version(PanelMonth month) {
        return month.fingerprint() + ":" + month.rulesVersion();
    }

    /** One month of the panel: its rows, fingerprint, source version and rules. */
    public record PanelMonth(YearMonth month, long rows, String fingerprint, SourceVersion sources, int rulesVersion) {}

    static Set<String> domestic() {
        Set<String> all = new java.util.HashSet<>(PanelRules.FINNISH);
        all.addAll(PanelRules.SWEDISH);
        all.addAll(PanelRules.SAMI);
        return all;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
