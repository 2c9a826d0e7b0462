package fi.kuntakokeilu.reporting.support;

import fi.kuntakokeilu.evaluation.CountScope;
import fi.kuntakokeilu.evaluation.IndicatorCounts;
import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import fi.kuntakokeilu.evaluation.Indicators;
import fi.kuntakokeilu.evaluation.Subgroup;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A test double of the evaluation module's {@link Indicators}: a catalogue like the real one and
 * counts the test writes down, so every expected figure can be worked out by hand. The rows for
 * all trial areas are the sums of the areas' rows; the country adds the employment offices' counts.
 */
public final class ConstructedPanel implements Indicators {

    public static final List<String> COUNTS = List.of(
            "JOB_SEEKERS",
            "UNEMPLOYED",
            "LAID_OFF_FULL",
            "IN_SERVICES",
            "IN_TRAINING",
            "EMPLOYED",
            "EMPLOYED_OPEN",
            "EMPLOYED_SUBSIDISED",
            "IN_ACTIVE_SERVICES",
            "LONG_TERM_UNEMPLOYED");

    private final List<IndicatorDefinition> catalogue;
    private final Map<YearMonth, Map<String, Map<Subgroup, Map<String, Long>>>> areas = new TreeMap<>();
    private final Map<YearMonth, Map<String, Long>> offices = new HashMap<>();
    private int calls;

    public ConstructedPanel() {
        this(1);
    }

    /** @param version the version every definition carries (a new one changes the catalogue) */
    public ConstructedPanel(int version) {
        List<IndicatorDefinition> definitions = new ArrayList<>();
        for (String key : COUNTS) {
            definitions.add(new IndicatorDefinition(
                    key, version, IndicatorKind.COUNT, null, List.of(), key.toLowerCase(), List.of("status")));
        }
        definitions.add(new IndicatorDefinition(
                "UNEMPLOYED_SHARE",
                version,
                IndicatorKind.SHARE,
                "UNEMPLOYED",
                List.of("JOB_SEEKERS"),
                "unemployed / job seekers",
                List.of("status")));
        definitions.add(new IndicatorDefinition(
                "ACTIVATION_RATE",
                version,
                IndicatorKind.SHARE,
                "IN_ACTIVE_SERVICES",
                List.of("UNEMPLOYED", "IN_ACTIVE_SERVICES"),
                "active / (unemployed + active)",
                List.of("status")));
        this.catalogue = List.copyOf(definitions);
    }

    /**
     * One area's counts for all job seekers in a month; every subgroup gets the same counts scaled
     * by {@code share} percent (rounded down), unless the test sets them itself.
     */
    public ConstructedPanel area(YearMonth month, String areaKey, Counts counts) {
        Map<Subgroup, Map<String, Long>> bySubgroup =
                areas.computeIfAbsent(month, m -> new TreeMap<>()).computeIfAbsent(areaKey, k -> new LinkedHashMap<>());
        bySubgroup.put(Subgroup.ALL, counts.asMap());
        bySubgroup.putIfAbsent(Subgroup.UNDER_30, counts.scaled(30).asMap());
        bySubgroup.putIfAbsent(Subgroup.FOREIGN_LANGUAGE, counts.scaled(10).asMap());
        bySubgroup.putIfAbsent(Subgroup.NOT_EARNINGS_RELATED, counts.scaled(50).asMap());
        offices.putIfAbsent(
                month, Counts.of(1000, 450, 20, 90, 100, 300, 250, 50, 140, 120).asMap());
        return this;
    }

    /** One area's counts for one subgroup in a month (after {@link #area} for all job seekers). */
    public ConstructedPanel subgroup(YearMonth month, String areaKey, Subgroup subgroup, Counts counts) {
        areas.get(month).get(areaKey).put(subgroup, counts.asMap());
        return this;
    }

    /** The employment offices' counts in a month (the country less the trial areas). */
    public ConstructedPanel offices(YearMonth month, Counts counts) {
        offices.put(month, counts.asMap());
        return this;
    }

    /** How often {@link #counts} has been called: a cache test counts computations with it. */
    public int countCalls() {
        return calls;
    }

    @Override
    public List<IndicatorDefinition> catalogue() {
        return catalogue;
    }

    /** Each month's changes with any count the test writes down for it, as the panel's with any row. */
    @Override
    public Map<YearMonth, String> countsVersions() {
        Map<YearMonth, String> versions = new LinkedHashMap<>();
        for (YearMonth month : areas.keySet()) {
            versions.put(month, Integer.toHexString(Objects.hash(areas.get(month), offices.get(month))));
        }
        return versions;
    }

    @Override
    public List<IndicatorCounts> counts(YearMonth month) {
        calls++;
        Map<String, Map<Subgroup, Map<String, Long>>> byArea = areas.get(month);
        if (byArea == null) {
            throw new ResourceNotFoundException("evaluation.month", month);
        }
        List<IndicatorCounts> rows = new ArrayList<>();
        for (Subgroup subgroup : Subgroup.values()) {
            Map<String, Long> sum = new LinkedHashMap<>();
            for (var area : byArea.entrySet()) {
                Map<String, Long> counts = area.getValue().get(subgroup);
                rows.add(new IndicatorCounts(month, CountScope.TRIAL_AREA, area.getKey(), subgroup, counts));
                counts.forEach((key, value) -> sum.merge(key, value, Long::sum));
            }
            rows.add(new IndicatorCounts(month, CountScope.ALL_TRIAL_AREAS, null, subgroup, sum));
            Map<String, Long> country = new LinkedHashMap<>(sum);
            long scale = subgroup == Subgroup.ALL ? 100 : 40;
            offices.get(month).forEach((key, value) -> country.merge(key, value * scale / 100, Long::sum));
            rows.add(new IndicatorCounts(month, CountScope.COUNTRY, null, subgroup, country));
        }
        return rows;
    }

    /** The ten counts of the catalogue, in {@link #COUNTS} order; employed is open plus subsidised. */
    public record Counts(
            long jobSeekers,
            long unemployed,
            long laidOffFull,
            long inServices,
            long inTraining,
            long employedOpen,
            long employedSubsidised,
            long inActiveServices,
            long longTermUnemployed) {

        public static Counts of(
                long jobSeekers,
                long unemployed,
                long laidOffFull,
                long inServices,
                long inTraining,
                long employed,
                long employedOpen,
                long employedSubsidised,
                long inActiveServices,
                long longTermUnemployed) {
            if (employed != employedOpen + employedSubsidised) {
                throw new IllegalArgumentException("employed is open plus subsidised");
            }
            return new Counts(
                    jobSeekers,
                    unemployed,
                    laidOffFull,
                    inServices,
                    inTraining,
                    employedOpen,
                    employedSubsidised,
                    inActiveServices,
                    longTermUnemployed);
        }

        Counts scaled(int percent) {
            return new Counts(
                    jobSeekers * percent / 100,
                    unemployed * percent / 100,
                    laidOffFull * percent / 100,
                    inServices * percent / 100,
                    inTraining * percent / 100,
                    employedOpen * percent / 100,
                    employedSubsidised * percent / 100,
                    inActiveServices * percent / 100,
                    longTermUnemployed * percent / 100);
        }

        public long get(String key) {
            return asMap().get(key);
        }

        Map<String, Long> asMap() {
            Map<String, Long> map = new LinkedHashMap<>();
            map.put("JOB_SEEKERS", jobSeekers);
            map.put("UNEMPLOYED", unemployed);
            map.put("LAID_OFF_FULL", laidOffFull);
            map.put("IN_SERVICES", inServices);
            map.put("IN_TRAINING", inTraining);
            map.put("EMPLOYED", employedOpen + employedSubsidised);
            map.put("EMPLOYED_OPEN", employedOpen);
            map.put("EMPLOYED_SUBSIDISED", employedSubsidised);
            map.put("IN_ACTIVE_SERVICES", inActiveServices);
            map.put("LONG_TERM_UNEMPLOYED", longTermUnemployed);
            return map;
        }
    }
}
