package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.DesignView;
import fi.kuntakokeilu.organisations.MembershipView;
import fi.kuntakokeilu.organisations.MunicipalityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Evaluation designs ({@code eva_design}, {@code eva_design_unit}) and each customer's assignment
 * ({@code eva_design_assignment}).
 *
 * <p>Assignment is intention to treat: a customer is assigned by their home municipality at the
 * design's baseline (the last month end before the earliest treatment start) or, when they first
 * appear later, at their first month end in the panel; an assignment is never rewritten, so
 * rebuilding the panel or a customer moving house changes nothing about it. A move to a
 * municipality of another arm (or outside the design) is recorded once, as the first month end it
 * was seen: the movers.
 */
@ApplicationScoped
public class DesignStore {

    public static final String TREATED = "TREATED";
    public static final String COMPARISON = "COMPARISON";
    public static final String OUTSIDE = "OUTSIDE";

    /** The arm of the unit {@code u} joined on a home municipality: outside the design when none. */
    private static final String ARM = "coalesce(u.arm, '" + OUTSIDE + "')";

    /** Statistics Finland's codes for no home municipality in Finland, unknown, and abroad. */
    static final Set<String> NO_MUNICIPALITY = Set.of("198", "199", "200");

    @PersistenceContext
    EntityManager em;

    protected DesignStore() {}

    public DesignStore(EntityManager em) {
        this.em = em;
    }

    /**
     * Fills a design's units from the reference data, once (a design with units is left alone):
     * treated, every municipality of a trial area from its membership's start; comparison, the
     * municipalities marked as comparison municipalities or, when none are, every municipality the
     * reference data knows in no trial area. Returns the number of units written.
     */
    public int seedUnits(String designKey, List<MunicipalityView> municipalities) {
        Optional<Long> design = id(designKey);
        if (design.isEmpty()
                || Sql.number(em, "select count(*) from eva_design_unit where design_id = ?", design.get()) > 0) {
            return 0;
        }
        boolean anyMarked = municipalities.stream().anyMatch(m -> m.comparisonSince() != null);
        String sql = "insert into eva_design_unit (design_id, municipality_code, arm, area_key, treated_from)"
                + " values (?,?,?,?,?)";
        int units = 0;
        try (PreparedStatement insert = Sql.connection(em).prepareStatement(sql)) {
            for (MunicipalityView municipality : municipalities) {
                Optional<MembershipView> membership =
                        municipality.trialAreas().stream().min(Comparator.comparing(MembershipView::validFrom));
                if (membership.isPresent()) {
                    Sql.setAll(
                            insert,
                            design.get(),
                            municipality.code(),
                            TREATED,
                            membership.get().areaKey(),
                            membership.get().validFrom());
                } else if (!NO_MUNICIPALITY.contains(municipality.code())
                        && (anyMarked ? municipality.comparisonSince() != null : true)) {
                    Sql.setAll(insert, design.get(), municipality.code(), COMPARISON, null, null);
                } else {
                    continue;
                }
                insert.addBatch();
                units++;
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw Sql.failure("seed design units", e);
        }
        return units;
    }

    /**
     * Assigns the customers the panel holds and who have no assignment yet, and records first moves,
     * over the months from the baseline to the design's follow-up end. Returns new assignments.
     */
    public long assign(long designId) {
        return assign(designId, null, null, false);
    }

    /**
     * {@link #assign(long)} over the panel's months from {@code from} to {@code to} only (null: no
     * bound), and, when {@code changedOnly}, for the people in {@code eva_panel_changed} only. A
     * build that wrote some months, or only some people's rows, gives no one else a first month in a
     * design nor a first move: the assignments of the rest stand as the last pass left them, so
     * this gives what a pass over every month and everyone would.
     *
     * <p>Set-based, whatever the number of months: one pass over the months' rows finds each
     * person's first month end in a municipality of the design and the lowest and highest home
     * municipality they had ({@code eva_assign_person}, a temporary table of the connection); the
     * first gives the new assignments. A unit's arm depends on its municipality alone, so a person
     * can have moved only where those two municipalities differ or the one is not of the assigned
     * arm; only those people's months are read again, for their first move.
     */
    public long assign(long designId, YearMonth from, YearMonth to, boolean changedOnly) {
        LocalDate firstStart =
                Sql.day(em, "select min(treated_from) from eva_design_unit where design_id = ?", designId);
        LocalDate followUpTo = Sql.day(em, "select follow_up_to from eva_design where id = ?", designId);
        if (firstStart == null || followUpTo == null) {
            return 0;
        }
        YearMonth baseline = YearMonth.from(firstStart).minusMonths(1);
        YearMonth last = YearMonth.from(followUpTo);
        if (from != null && from.isAfter(baseline)) {
            baseline = from;
        }
        if (to != null && to.isBefore(last)) {
            last = to;
        }
        if (baseline.isAfter(last)) {
            return 0;
        }
        LocalDate first = baseline.atEndOfMonth();
        LocalDate end = last.atEndOfMonth();
        String people = changedOnly ? " and p.job_seeker_id in (select job_seeker_id from eva_panel_changed)" : "";
        // The design's municipalities as a list of values rather than a join: the one pass reads
        // every row of the months (national panel, 33 million rows: 70 s, with a join 105 s).
        List<Object> units = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em)
                .prepareStatement("select municipality_code from eva_design_unit where design_id = ?")) {
            Sql.setAll(select, designId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    units.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("design units", e);
        }
        if (units.isEmpty()) {
            return 0;
        }
        Sql.update(
                em,
                "create temporary table if not exists eva_assign_person (job_seeker_id BIGINT NOT NULL,"
                        + " first_in_design DATE NULL, lowest CHAR(3) NOT NULL, highest CHAR(3) NOT NULL,"
                        + " PRIMARY KEY (job_seeker_id))");
        Sql.update(em, "delete from eva_assign_person");
        List<Object> values = new ArrayList<>(units);
        values.add(first);
        values.add(end);
        Sql.update(
                em,
                "set statement tmp_table_size = " + PanelBuilder.STAGING_MEMORY + ", max_heap_table_size = "
                        + PanelBuilder.STAGING_MEMORY + " for insert into eva_assign_person (job_seeker_id,"
                        + " first_in_design, lowest, highest)"
                        + " select p.job_seeker_id,"
                        + "   min(case when p.home_municipality in ("
                        + String.join(",", Collections.nCopies(units.size(), "?"))
                        + ") then p.month_end end), min(p.home_municipality), max(p.home_municipality)"
                        + " from eva_panel p where p.month_end between ? and ?" + people
                        + " group by p.job_seeker_id order by null",
                values.toArray());
        long assigned = Sql.update(
                em,
                "insert into eva_design_assignment (design_id, job_seeker_id, assigned_month, municipality_code, arm)"
                        + " select ?, f.job_seeker_id, p.month_end, p.home_municipality, u.arm"
                        + " from eva_assign_person f"
                        + " join eva_panel p on p.month_end = f.first_in_design and p.job_seeker_id = f.job_seeker_id"
                        + " join eva_design_unit u on u.design_id = ? and u.municipality_code = p.home_municipality"
                        + " where not exists (select 1 from eva_design_assignment a where a.design_id = ?"
                        + "   and a.job_seeker_id = f.job_seeker_id)",
                designId,
                designId,
                designId);
        // Only people whose months span two municipalities, or whose one municipality is not of the
        // assigned arm, can have moved; the others' months are not read again.
        Sql.update(
                em,
                "delete f from eva_assign_person f left join eva_design_assignment a on a.design_id = ?"
                        + "   and a.job_seeker_id = f.job_seeker_id and a.moved_month is null"
                        + " left join eva_design_unit u on u.design_id = ? and u.municipality_code = f.lowest"
                        + " where a.job_seeker_id is null or (f.lowest = f.highest and " + ARM + " = a.arm)",
                designId,
                designId);
        Sql.update(
                em,
                "update eva_design_assignment a join (select straight_join f.job_seeker_id,"
                        + "     min(p.month_end) as moved_month"
                        + "   from eva_assign_person f"
                        + "   join eva_design_assignment c on c.design_id = ? and c.job_seeker_id = f.job_seeker_id"
                        + "   join eva_panel_month m on m.month_end between ? and ? and m.month_end > c.assigned_month"
                        + "   join eva_panel p on p.month_end = m.month_end and p.job_seeker_id = f.job_seeker_id"
                        + "   left join eva_design_unit u on u.design_id = c.design_id"
                        + "     and u.municipality_code = p.home_municipality"
                        + "   where " + ARM + " <> c.arm group by f.job_seeker_id) x"
                        + "   on x.job_seeker_id = a.job_seeker_id"
                        + " join eva_panel p on p.month_end = x.moved_month and p.job_seeker_id = x.job_seeker_id"
                        + " left join eva_design_unit u on u.design_id = a.design_id"
                        + "   and u.municipality_code = p.home_municipality"
                        + " set a.moved_month = x.moved_month, a.moved_to = " + ARM
                        + " where a.design_id = ? and a.moved_month is null",
                designId,
                first,
                end,
                designId);
        Sql.update(em, "drop temporary table eva_assign_person");
        return assigned;
    }

    public Optional<Long> id(String designKey) {
        long id = Sql.number(em, "select coalesce(max(id), 0) from eva_design where design_key = ?", designKey);
        return id == 0 ? Optional.empty() : Optional.of(id);
    }

    public List<DesignView> designs() {
        List<DesignView> designs = new ArrayList<>();
        String sql = "select id, design_key, name, description, pre_period_from, follow_up_to, outcome_indicators"
                + " from eva_design order by design_key";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong("id");
                designs.add(new DesignView(
                        id,
                        rows.getString("design_key"),
                        rows.getString("name"),
                        rows.getString("description"),
                        YearMonth.from(Sql.date(rows, "pre_period_from")),
                        YearMonth.from(Sql.date(rows, "follow_up_to")),
                        Arrays.stream(rows.getString("outcome_indicators").split(","))
                                .map(String::trim)
                                .filter(s -> !s.isEmpty())
                                .toList(),
                        null,
                        null,
                        null,
                        null));
            }
        } catch (SQLException e) {
            throw Sql.failure("designs", e);
        }
        return designs.stream().map(this::complete).toList();
    }

    public Optional<DesignView> design(String key) {
        return designs().stream().filter(d -> d.key().equals(key)).findFirst();
    }

    private DesignView complete(DesignView design) {
        List<DesignView.TreatedUnit> treated = new ArrayList<>();
        List<String> comparison = new ArrayList<>();
        String sql = "select municipality_code, arm, area_key, treated_from from eva_design_unit where design_id = ?"
                + " order by municipality_code";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, design.id());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (TREATED.equals(rows.getString("arm"))) {
                        treated.add(new DesignView.TreatedUnit(
                                rows.getString("municipality_code"),
                                rows.getString("area_key"),
                                Sql.date(rows, "treated_from")));
                    } else {
                        comparison.add(rows.getString("municipality_code"));
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("design units", e);
        }
        return new DesignView(
                design.id(),
                design.key(),
                design.name(),
                design.description(),
                design.preFrom(),
                design.followUpTo(),
                design.outcomes(),
                List.copyOf(treated),
                List.copyOf(comparison),
                arms(design.id(), "1 = 1"),
                arms(design.id(), "moved_month is not null"));
    }

    private DesignView.ArmCounts arms(long designId, String condition) {
        String base = "select count(*) from eva_design_assignment where design_id = ? and arm = ? and " + condition;
        return new DesignView.ArmCounts(
                Sql.number(em, base, designId, TREATED), Sql.number(em, base, designId, COMPARISON));
    }
}
