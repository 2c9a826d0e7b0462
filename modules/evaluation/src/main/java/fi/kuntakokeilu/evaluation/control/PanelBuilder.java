package fi.kuntakokeilu.evaluation.control;

import static fi.kuntakokeilu.evaluation.control.PanelRules.in;
import static fi.kuntakokeilu.evaluation.control.PanelRules.inCodes;

import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

/**
 * Builds the monthly status panel ({@code eva_panel}) with set-based SQL: one {@code INSERT …
 * SELECT} per month end over staged intervals, never a row at a time.
 *
 * <p>A build first copies the reference data it needs ({@link #loadReferenceData}), then stages the
 * clients module's published views as intervals bounded by a {@link SourceVersion} ({@link
 * #stage}): situation intervals with the day the current spell of unemployment began, and custody
 * intervals. Each month is then deleted and inserted again ({@link #buildMonth}), with its row count
 * and fingerprint in {@code eva_panel_month}. The same source version and rules always give the
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
            "sex");

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

    /** Stages situation and custody intervals as the sources stood at the version. */
    public void stage(SourceVersion version) {
        Sql.update(em, "delete from eva_stage_situation");
        Sql.update(em, "delete from eva_stage_custody");
        String unemployed = in(PanelRules.UNEMPLOYED);
        // Rows shadowed by a later row of the same day are empty intervals and dropped before the
        // spell is traced, so they neither begin nor break one.
        Sql.update(
                em,
                "insert into eva_stage_situation (job_seeker_id, valid_from, situation_id, valid_to,"
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
        // Before the first transfer (or without one) the registering body held the customer.
        Sql.update(
                em,
                "insert into eva_stage_custody (job_seeker_id, seq, valid_from, valid_to, body_type, body_key)"
                        + " select job_seeker_id, seq, valid_from, valid_to, body_type, body_key"
                        + " from (select h.job_seeker_id, h.body_type, h.body_key,"
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

    /** Builds one month end from the staged intervals; returns the rows written. */
    public long buildMonth(YearMonth month, SourceVersion version, Instant now) {
        LocalDate day = month.atEndOfMonth();
        String d = Sql.literal(day);
        String age = "timestampdiff(year, p.birth_date, " + d + ")";
        String st = "s.labour_market_status";
        Sql.update(em, "delete from eva_panel where month_end = ?", day);
        String sql = "insert into eva_panel (" + String.join(", ", COLUMNS) + ")"
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
                + " p.sex"
                + " from eva_stage_situation s"
                + " join cli_v_person p on p.id = s.job_seeker_id"
                + " join eva_stage_custody c on c.job_seeker_id = s.job_seeker_id"
                + "   and c.valid_from <= " + d + " and c.valid_to > " + d
                + " left join eva_area_membership m on m.municipality_code = s.home_municipality"
                + "   and m.valid_from <= " + d + " and (m.valid_to is null or m.valid_to >= " + d + ")"
                + " where s.valid_from <= " + d + " and s.valid_to > " + d;
        long rows = Sql.update(em, sql);
        Sql.update(em, "delete from eva_panel_month where month_end = ?", day);
        Sql.update(
                em,
                "insert into eva_panel_month (month_end, rows_count, fingerprint, max_job_seeker_id,"
                        + " max_situation_id, max_transfer_id, panel_rules_version, built_at) values (?,?,?,?,?,?,?,?)",
                day,
                rows,
                fingerprint(day),
                version.maxJobSeekerId(),
                version.maxSituationId(),
                version.maxTransferId(),
                PanelRules.VERSION,
                now);
        return rows;
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
        String row = "crc32(concat_ws('|', "
                + String.join(
                        ", ",
                        COLUMNS.stream().map(c -> "coalesce(" + c + ", '')").toList()) + "))";
        String sql = "select count(*), coalesce(sum(" + row + "), 0), coalesce(bit_xor(" + row + "), 0)"
                + " from eva_panel where month_end = ?";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, day);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return sha256(day + "|" + rows.getLong(1) + "|" + rows.getString(2) + "|" + rows.getString(3));
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

    /** One month of the panel: its rows, fingerprint, source version and rules. */
    public record PanelMonth(YearMonth month, long rows, String fingerprint, SourceVersion sources, int rulesVersion) {}

    static java.util.Set<String> domestic() {
        java.util.Set<String> all = new java.util.HashSet<>(PanelRules.FINNISH);
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
