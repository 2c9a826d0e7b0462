package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.control.estimation.Observation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The municipality × month panel the estimators take, from the status panel and a design's units
 * (docs/estimators.md, "The estimates endpoint"), in one query grouped by municipality and month
 * end.
 *
 * <p>A municipality is the panel row's home municipality, the same municipality by which the design
 * assigns its customers ({@link DesignStore}); only the design's units (treated and comparison)
 * appear. Per municipality and month end: the outcome is {@code 100 × count / job seekers} for a
 * count indicator and the share's own formula ({@code 100 × numerator / sum of the denominator
 * counts}) for a share, so both are percentages; the weight is the number of job seekers. A cell
 * whose share has an empty denominator has no outcome and is left out. A cell is treated when the
 * municipality is a treated unit and the month end is on or after its treatment start.
 */
@ApplicationScoped
public class EstimationPanel {

    @PersistenceContext
    EntityManager em;

    protected EstimationPanel() {}

    public EstimationPanel(EntityManager em) {
        this.em = em;
    }

    /**
     * The cells and the treatment starts.
     *
     * @param observations one per municipality and month end with an outcome, by municipality and month
     * @param starts the first treated month of every treated unit of the design
     */
    public record Cells(List<Observation> observations, Map<String, YearMonth> starts) {

        public Cells {
            observations = List.copyOf(observations);
            starts = Map.copyOf(starts);
        }
    }

    public Cells cells(long designId, IndicatorDefinition indicator, YearMonth from, YearMonth to) {
        String numerator;
        String denominator;
        if (indicator.kind() == IndicatorKind.COUNT) {
            numerator = sum(indicator.key());
            denominator = "count(*)";
        } else {
            numerator = sum(indicator.numerator());
            denominator = String.join(
                    " + ",
                    indicator.denominator().stream().map(EstimationPanel::sum).toList());
        }
        String sql = "select p.home_municipality, p.month_end, count(*), " + numerator + ", " + denominator + ","
                + " max(case when u.arm = '" + DesignStore.TREATED + "' and u.treated_from is not null"
                + "   and p.month_end >= u.treated_from then 1 else 0 end)"
                + " from eva_panel p join eva_design_unit u on u.design_id = ?"
                + "   and u.municipality_code = p.home_municipality"
                + " where p.month_end between ? and ?"
                + " group by p.home_municipality, p.month_end order by p.home_municipality, p.month_end";
        List<Observation> observations = new ArrayList<>();
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, designId, from.atEndOfMonth(), to.atEndOfMonth());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long jobSeekers = rows.getLong(3);
                    long below = rows.getLong(5);
                    if (below == 0) {
                        continue;
                    }
                    observations.add(new Observation(
                            rows.getString(1),
                            YearMonth.from(Sql.date(rows, "month_end")),
                            rows.getInt(6) == 1,
                            100.0 * rows.getLong(4) / below,
                            jobSeekers));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("estimation panel", e);
        }
        return new Cells(observations, starts(designId));
    }

    private Map<String, YearMonth> starts(long designId) {
        Map<String, YearMonth> starts = new TreeMap<>();
        String sql = "select municipality_code, treated_from from eva_design_unit where design_id = ? and arm = ?"
                + " and treated_from is not null";
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql)) {
            Sql.setAll(select, designId, DesignStore.TREATED);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    LocalDate start = Sql.date(rows, "treated_from");
                    starts.put(rows.getString(1), YearMonth.from(start));
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("design starts", e);
        }
        return starts;
    }

    private static String sum(String countKey) {
        IndicatorCatalogue.Count count = IndicatorCatalogue.counts().stream()
                .filter(c -> c.definition().key().equals(countKey))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no count indicator " + countKey));
        return "sum(case when " + Objects.requireNonNull(count.condition()) + " then 1 else 0 end)";
    }
}
