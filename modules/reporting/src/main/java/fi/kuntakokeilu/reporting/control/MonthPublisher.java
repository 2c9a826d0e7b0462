package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.evaluation.CountScope;
import fi.kuntakokeilu.evaluation.IndicatorCounts;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.reporting.CountryComparison;
import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.PublishedList;
import fi.kuntakokeilu.reporting.PublishedTable;
import fi.kuntakokeilu.reporting.SuppressionPolicy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns one month's counts from the panel into the figures that may be published ({@link
 * PublishedMonth}), through the suppression core.
 *
 * <h2>Which tables are protected together</h2>
 *
 * <ul>
 *   <li>Each count indicator of each subgroup is a one-way list over the trial areas whose total is
 *       all trial areas together (each person is in one area's custody at the month end, so the
 *       list is additive). The panel's own all-trial-areas row must equal that sum; a panel that
 *       disagrees is refused rather than published with a second, inconsistent total.
 *   <li>Employed, open labour market and subsidised ({@code EMPLOYED = EMPLOYED_OPEN +
 *       EMPLOYED_SUBSIDISED}, domain brief: "employed, total, split into open labour market and
 *       subsidised") are linked by that sum: published as three separate lists, a hidden subsidised
 *       count would be employed minus open. When the panel's counts satisfy the sum in every area,
 *       they are protected as one two-way table (areas by open and subsidised, the row totals being
 *       employed); when they do not, the sum is no equation a reader can use and they are lists.
 *   <li>Shares are computed from the published counts by {@link DerivedFigures}: a share on a
 *       hidden count is hidden.
 *   <li>The country comparison is a list of two bodies, all trial areas and the employment offices
 *       (the country minus the trial areas), whose total is the country. When the trial areas'
 *       total is hidden in the area list, the comparison hides it and the country; when the offices'
 *       count is hidden, the country is its complement (the trial areas' total being published
 *       already in the area lists).
 * </ul>
 *
 * <p>Other overlaps between indicators (the fully laid off among the unemployed, the long-term
 * unemployed among them, the subgroups among all job seekers) publish no difference, so they add
 * no equation; they only bound hidden cells, which the suppression does not promise to prevent
 * (see {@link SmallCellSuppressor}, "Limits"). Every table is checked by {@link
 * DisclosureVerifier#requireSafe} before it is used, as an assertion.
 */
public final class MonthPublisher {

    static final String EMPLOYED = "EMPLOYED";
    static final String EMPLOYED_OPEN = "EMPLOYED_OPEN";
    static final String EMPLOYED_SUBSIDISED = "EMPLOYED_SUBSIDISED";
    static final String UNEMPLOYED_SHARE = "UNEMPLOYED_SHARE";

    private final SmallCellSuppressor suppressor;

    public MonthPublisher(SuppressionPolicy policy) {
        this.suppressor = new SmallCellSuppressor(policy);
    }

    public PublishedMonth publish(YearMonth month, List<IndicatorDefinition> catalogue, List<IndicatorCounts> rows) {
        Objects.requireNonNull(month, "month");
        List<String> areaKeys = new ArrayList<>(new TreeSet<>(rows.stream()
                .filter(row -> row.scope() == CountScope.TRIAL_AREA)
                .map(IndicatorCounts::areaKey)
                .toList()));
        List<String> countKeys = catalogue.stream()
                .filter(definition -> definition.kind() == IndicatorKind.COUNT)
                .map(IndicatorDefinition::key)
                .toList();

        Map<Subgroup, Map<String, PublishedMonth.Line>> lines = new EnumMap<>(Subgroup.class);
        CountryComparison comparison = null;
        for (Subgroup subgroup : Subgroup.values()) {
            Map<String, IndicatorCounts> byArea = new LinkedHashMap<>();
            IndicatorCounts allAreas = null;
            IndicatorCounts country = null;
            for (IndicatorCounts row : rows) {
                if (row.subgroup() != subgroup || !row.month().equals(month)) {
                    continue;
                }
                switch (row.scope()) {
                    case TRIAL_AREA -> byArea.put(row.areaKey(), row);
                    case ALL_TRIAL_AREAS -> allAreas = row;
                    case COUNTRY -> country = row;
                }
            }
            if (byArea.isEmpty() && allAreas == null && country == null) {
                continue;
            }
            long[][] counts = new long[countKeys.size()][areaKeys.size()];
            for (int a = 0; a < areaKeys.size(); a++) {
                IndicatorCounts row = byArea.get(areaKeys.get(a));
                if (row == null) {
                    throw new IllegalStateException(
                            "the panel has no " + subgroup + " row for area " + areaKeys.get(a) + " in " + month);
                }
                for (int k = 0; k < countKeys.size(); k++) {
                    counts[k][a] = row.count(countKeys.get(k));
                }
            }
            if (allAreas != null) {
                for (int k = 0; k < countKeys.size(); k++) {
                    long sum = 0;
                    for (long count : counts[k]) {
                        sum = Math.addExact(sum, count);
                    }
                    long stated = allAreas.count(countKeys.get(k));
                    if (stated != sum) {
                        throw new IllegalStateException("the panel's all-trial-areas " + countKeys.get(k) + " for "
                                + subgroup + " in " + month + " is " + stated + ", the areas sum to " + sum);
                    }
                }
            }

            Map<String, PublishedMonth.Line> published = new LinkedHashMap<>();
            int open = countKeys.indexOf(EMPLOYED_OPEN);
            int subsidised = countKeys.indexOf(EMPLOYED_SUBSIDISED);
            int employed = countKeys.indexOf(EMPLOYED);
            if (open >= 0
                    && subsidised >= 0
                    && employed >= 0
                    && isSum(counts[employed], counts[open], counts[subsidised])) {
                publishEmployed(areaKeys, counts[open], counts[subsidised], published);
            }
            for (int k = 0; k < countKeys.size(); k++) {
                if (!published.containsKey(countKeys.get(k))) {
                    published.put(countKeys.get(k), publishList(areaKeys, counts[k]));
                }
            }
            for (IndicatorDefinition definition : catalogue) {
                if (definition.kind() == IndicatorKind.SHARE) {
                    published.put(definition.key(), share(definition, published, areaKeys.size()));
                }
            }
            Map<String, PublishedMonth.Line> ordered = new LinkedHashMap<>();
            for (IndicatorDefinition definition : catalogue) {
                ordered.put(definition.key(), published.get(definition.key()));
            }
            lines.put(subgroup, ordered);
            if (subgroup == Subgroup.ALL && country != null) {
                comparison = compare(catalogue, published, counts, countKeys, country);
            }
        }
        if (comparison == null) {
            Figure none = Figure.notApplicable();
            comparison = new CountryComparison(none, none, none, none, none, none);
        }
        return new PublishedMonth(month, catalogue, areaKeys, lines, comparison);
    }

    private static boolean isSum(long[] total, long[] first, long[] second) {
        for (int a = 0; a < total.length; a++) {
            if (total[a] != first[a] + second[a]) {
                return false;
            }
        }
        return true;
    }

    private PublishedMonth.Line publishList(List<String> areaKeys, long[] counts) {
        CountList list = CountList.of(areaKeys, counts);
        PublishedList published = suppressor.suppress(list).published();
        DisclosureVerifier.requireSafe(list, published);
        return new PublishedMonth.Line(published.values(), published.total());
    }

    private void publishEmployed(
            List<String> areaKeys, long[] open, long[] subsidised, Map<String, PublishedMonth.Line> published) {
        long[][] cells = new long[areaKeys.size()][];
        for (int a = 0; a < areaKeys.size(); a++) {
            cells[a] = new long[] {open[a], subsidised[a]};
        }
        CountTable table = CountTable.of(areaKeys, List.of(EMPLOYED_OPEN, EMPLOYED_SUBSIDISED), cells);
        PublishedTable result = suppressor.suppress(table).published();
        DisclosureVerifier.requireSafe(table, result);
        List<Figure> openFigures = new ArrayList<>();
        List<Figure> subsidisedFigures = new ArrayList<>();
        for (int a = 0; a < areaKeys.size(); a++) {
            openFigures.add(result.cell(a, 0));
            subsidisedFigures.add(result.cell(a, 1));
        }
        published.put(
                EMPLOYED_OPEN,
                new PublishedMonth.Line(openFigures, result.columnTotals().get(0)));
        published.put(
                EMPLOYED_SUBSIDISED,
                new PublishedMonth.Line(subsidisedFigures, result.columnTotals().get(1)));
        published.put(EMPLOYED, new PublishedMonth.Line(result.rowTotals(), result.grandTotal()));
    }

    private static PublishedMonth.Line share(
            IndicatorDefinition definition, Map<String, PublishedMonth.Line> counts, int areas) {
        PublishedMonth.Line numerator = countLine(counts, definition.numerator(), definition.key());
        List<PublishedMonth.Line> denominator = definition.denominator().stream()
                .map(key -> countLine(counts, key, definition.key()))
                .toList();
        List<Figure> byArea = new ArrayList<>(areas);
        for (int a = 0; a < areas; a++) {
            int area = a;
            byArea.add(DerivedFigures.share(
                    numerator.byArea().get(a),
                    DerivedFigures.sum(denominator.stream()
                            .map(line -> line.byArea().get(area))
                            .toArray(Figure[]::new))));
        }
        Figure total = DerivedFigures.share(
                numerator.total(),
                DerivedFigures.sum(
                        denominator.stream().map(PublishedMonth.Line::total).toArray(Figure[]::new)));
        return new PublishedMonth.Line(byArea, total);
    }

    private static PublishedMonth.Line countLine(Map<String, PublishedMonth.Line> counts, String key, String share) {
        PublishedMonth.Line line = counts.get(key);
        if (line == null) {
            throw new IllegalStateException("the share " + share + " divides " + key + ", which is no count indicator");
        }
        return line;
    }

    /**
     * The unemployed share of all trial areas and of the country, when the catalogue has the share
     * {@value #UNEMPLOYED_SHARE}; each count it needs is published as trial areas plus employment
     * offices with the country as the total.
     */
    private CountryComparison compare(
            List<IndicatorDefinition> catalogue,
            Map<String, PublishedMonth.Line> published,
            long[][] counts,
            List<String> countKeys,
            IndicatorCounts country) {
        IndicatorDefinition share = catalogue.stream()
                .filter(definition -> definition.key().equals(UNEMPLOYED_SHARE))
                .findFirst()
                .orElse(null);
        Figure none = Figure.notApplicable();
        if (share == null || share.denominator().size() != 1) {
            return new CountryComparison(none, none, none, none, none, none);
        }
        Figure[] numerator = trialAreasAndCountry(share.numerator(), published, counts, countKeys, country);
        Figure[] denominator = trialAreasAndCountry(share.denominator().get(0), published, counts, countKeys, country);
        return new CountryComparison(
                denominator[0],
                numerator[0],
                DerivedFigures.share(numerator[0], denominator[0]),
                denominator[1],
                numerator[1],
                DerivedFigures.share(numerator[1], denominator[1]));
    }

    private Figure[] trialAreasAndCountry(
            String key,
            Map<String, PublishedMonth.Line> published,
            long[][] counts,
            List<String> countKeys,
            IndicatorCounts country) {
        long inTrialAreas = 0;
        for (long count : counts[countKeys.indexOf(key)]) {
            inTrialAreas += count;
        }
        long whole = country.count(key);
        if (whole < inTrialAreas) {
            throw new IllegalStateException("the panel counts fewer " + key + " in the country (" + whole
                    + ") than in the trial areas (" + inTrialAreas + ")");
        }
        CountList list = CountList.of(
                List.of("trial areas", "employment offices"), new long[] {inTrialAreas, whole - inTrialAreas});
        PublishedList result = suppressor.suppress(list).published();
        DisclosureVerifier.requireSafe(list, result);
        Figure trialAreas = published.get(key).total();
        if (trialAreas.isSuppressed()) {
            // The country less the offices would give the hidden total back: hide the country too.
            return new Figure[] {Figure.suppressed(), Figure.suppressed()};
        }
        if (result.values().get(1).isSuppressed()) {
            // The offices' count is hidden; the trial areas' total is published in the area list
            // whatever this list chose, so the country must be the hidden complement.
            return new Figure[] {trialAreas, Figure.suppressed()};
        }
        return new Figure[] {trialAreas, result.total()};
    }
}
