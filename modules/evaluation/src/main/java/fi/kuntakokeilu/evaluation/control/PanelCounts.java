package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.CountScope;
import fi.kuntakokeilu.evaluation.IndicatorCounts;
import fi.kuntakokeilu.evaluation.Subgroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The count indicators of one month end, from the panel in one grouped query: rows are grouped by
 * the responsible trial area (none for an office's customers) and the three subgroup flags, and the
 * groups are then added up into every scope and subgroup.
 */
@ApplicationScoped
public class PanelCounts {

    @PersistenceContext
    EntityManager em;

    protected PanelCounts() {}

    public PanelCounts(EntityManager em) {
        this.em = em;
    }

    /**
     * The counts of a month: one row per trial area (those named and those in the panel), all trial
     * areas, and the country, each for every subgroup.
     */
    public List<IndicatorCounts> counts(YearMonth month, Collection<String> areaKeys) {
        List<IndicatorCatalogue.Count> catalogue = IndicatorCatalogue.counts();
        StringBuilder sql = new StringBuilder("select case when body_type = 'TRIAL_AREA' then body_key end as area,"
                + " under_30, foreign_language, not_earnings_related");
        for (IndicatorCatalogue.Count count : catalogue) {
            sql.append(", sum(case when ").append(count.condition()).append(" then 1 else 0 end)");
        }
        sql.append(" from eva_panel where month_end = ? group by 1, 2, 3, 4");
        Map<Key, long[]> totals = new LinkedHashMap<>();
        TreeSet<String> areas = new TreeSet<>(areaKeys);
        try (PreparedStatement select = Sql.connection(em).prepareStatement(sql.toString())) {
            Sql.setAll(select, month.atEndOfMonth());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String area = rows.getString(1);
                    long[] values = new long[catalogue.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rows.getLong(5 + i);
                    }
                    List<Subgroup> subgroups = new ArrayList<>(List.of(Subgroup.ALL));
                    if (rows.getBoolean(2)) {
                        subgroups.add(Subgroup.UNDER_30);
                    }
                    if (rows.getBoolean(3)) {
                        subgroups.add(Subgroup.FOREIGN_LANGUAGE);
                    }
                    if (rows.getBoolean(4)) {
                        subgroups.add(Subgroup.NOT_EARNINGS_RELATED);
                    }
                    for (Subgroup subgroup : subgroups) {
                        add(totals, new Key(CountScope.COUNTRY, null, subgroup), values);
                        if (area != null) {
                            areas.add(area);
                            add(totals, new Key(CountScope.ALL_TRIAL_AREAS, null, subgroup), values);
                            add(totals, new Key(CountScope.TRIAL_AREA, area, subgroup), values);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw Sql.failure("counts " + month, e);
        }
        List<IndicatorCounts> result = new ArrayList<>();
        for (String area : areas) {
            result.addAll(rows(month, CountScope.TRIAL_AREA, area, totals, catalogue));
        }
        result.addAll(rows(month, CountScope.ALL_TRIAL_AREAS, null, totals, catalogue));
        result.addAll(rows(month, CountScope.COUNTRY, null, totals, catalogue));
        return result;
    }

    private static List<IndicatorCounts> rows(
            YearMonth month,
            CountScope scope,
            String area,
            Map<Key, long[]> totals,
            List<IndicatorCatalogue.Count> catalogue) {
        List<IndicatorCounts> rows = new ArrayList<>();
        for (Subgroup subgroup : Subgroup.values()) {
            long[] values = totals.getOrDefault(new Key(scope, area, subgroup), new long[catalogue.size()]);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                counts.put(catalogue.get(i).definition().key(), values[i]);
            }
            rows.add(new IndicatorCounts(month, scope, area, subgroup, counts));
        }
        return rows;
    }

    private static void add(Map<Key, long[]> totals, Key key, long[] values) {
        long[] sum = totals.computeIfAbsent(key, k -> new long[values.length]);
        for (int i = 0; i < values.length; i++) {
            sum[i] += values[i];
        }
    }

    private record Key(CountScope scope, String area, Subgroup subgroup) {}
}
