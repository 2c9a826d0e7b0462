package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.evaluation.IndicatorDefinition;
import fi.kuntakokeilu.evaluation.IndicatorKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The indicator catalogue: every indicator the ministry followed monthly (domain brief, "What the
 * ministry followed"), defined once over the panel's columns and documented in docs/indicators.md.
 * A definition's version is raised whenever its meaning changes; {@link #VERSION} is raised with
 * any of them and is recorded with every snapshot and export.
 *
 * <p>Each count is the number of panel rows whose {@link Count#condition} holds (an SQL condition
 * over {@code eva_panel}); each share relates counts of the same rows.
 */
public final class IndicatorCatalogue {

    /** The catalogue's version: raised whenever any definition's version is. */
    public static final int VERSION = 1;

    /** A count indicator and the SQL condition over {@code eva_panel} that selects its rows. */
    public record Count(IndicatorDefinition definition, String condition) {}

    private static final Map<String, Count> COUNTS = new LinkedHashMap<>();

    private static final List<IndicatorDefinition> SHARES;

    static {
        count(
                "JOB_SEEKERS",
                "Every registered job seeker at the month end, whatever their status.",
                "1 = 1",
                "job_seeker_id");
        count(
                "UNEMPLOYED",
                "Unemployed or fully laid off at the month end (labour-market status UNEMPLOYED or LAID_OFF_FULL).",
                "unemployed",
                "labour_market_status",
                "unemployed");
        count(
                "LAID_OFF_FULL",
                "Fully laid off at the month end (LAID_OFF_FULL).",
                "laid_off_full",
                "labour_market_status",
                "laid_off_full");
        count(
                "IN_SERVICES",
                "In an employment service at the month end (IN_SERVICE: labour-market training, work or training"
                        + " trial, coaching).",
                "in_services",
                "labour_market_status",
                "in_services");
        count(
                "IN_TRAINING",
                "In full-time studies at the month end (STUDENT).",
                "in_training",
                "labour_market_status",
                "in_training");
        count(
                "EMPLOYED",
                "Employed at the month end, on the open labour market or in subsidised work.",
                "(employed_open or employed_subsidised)",
                "labour_market_status",
                "employed_open",
                "employed_subsidised");
        count(
                "EMPLOYED_OPEN",
                "Employed on the open labour market at the month end (EMPLOYED, EMPLOYED_PART_TIME, or"
                        + " LAID_OFF_PARTIAL: working the rest of the time).",
                "employed_open",
                "labour_market_status",
                "employed_open");
        count(
                "EMPLOYED_SUBSIDISED",
                "In pay-subsidised work at the month end (SUBSIDISED_WORK).",
                "employed_subsidised",
                "labour_market_status",
                "employed_subsidised");
        count(
                "IN_ACTIVE_SERVICES",
                "In active services at the month end: an employment service (IN_SERVICE) or pay-subsidised work"
                        + " (SUBSIDISED_WORK).",
                "in_active_services",
                "labour_market_status",
                "in_active_services");
        count(
                "LONG_TERM_UNEMPLOYED",
                "Continuously unemployed (or fully laid off) for over 12 months at the month end.",
                "long_term_unemployed",
                "unemployed_since",
                "long_term_unemployed");
        SHARES = List.of(
                new IndicatorDefinition(
                        "UNEMPLOYED_SHARE",
                        1,
                        IndicatorKind.SHARE,
                        "UNEMPLOYED",
                        List.of("JOB_SEEKERS"),
                        "Share of job seekers unemployed or fully laid off: 100 × UNEMPLOYED / JOB_SEEKERS.",
                        List.of("unemployed", "job_seeker_id")),
                new IndicatorDefinition(
                        "ACTIVATION_RATE",
                        1,
                        IndicatorKind.SHARE,
                        "IN_ACTIVE_SERVICES",
                        List.of("UNEMPLOYED", "IN_ACTIVE_SERVICES"),
                        "Activation rate: 100 × IN_ACTIVE_SERVICES / (UNEMPLOYED + IN_ACTIVE_SERVICES).",
                        List.of("in_active_services", "unemployed")));
    }

    private IndicatorCatalogue() {}

    private static void count(String key, String definition, String condition, String... sourceFields) {
        COUNTS.put(
                key,
                new Count(
                        new IndicatorDefinition(
                                key, 1, IndicatorKind.COUNT, null, List.of(), definition, List.of(sourceFields)),
                        condition));
    }

    /** Counts first, then shares, in the order reports show them. */
    public static List<IndicatorDefinition> definitions() {
        List<IndicatorDefinition> all = new java.util.ArrayList<>();
        COUNTS.values().forEach(count -> all.add(count.definition()));
        all.addAll(SHARES);
        return List.copyOf(all);
    }

    public static List<Count> counts() {
        return List.copyOf(COUNTS.values());
    }

    public static java.util.Optional<IndicatorDefinition> definition(String key) {
        return definitions().stream().filter(d -> d.key().equals(key)).findFirst();
    }
}
