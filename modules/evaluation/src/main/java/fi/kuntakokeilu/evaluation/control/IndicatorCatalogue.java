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
    public static final int VERSION = 2;

    /** The days within which a first appointment counts in FIRST_APPOINTMENT_WITHIN_14_DAYS (2 weeks). */
    public static final int FIRST_APPOINTMENT_DAYS = 14;

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
        // Version 2: the services module's facts (docs/indicators.md, "Services facts").
        count(
                "IN_ACTIVE_SERVICE_PERIOD",
                "In a period of a service the catalogue marks active at the month end (services module; not"
                        + " planned, started by the month end, not ended before it).",
                "in_active_service_period",
                "in_active_service_period",
                "active_service_code");
        count(
                "VALID_PLAN",
                "Holds a valid plan at the month end: the latest version of an employment, activation,"
                        + " integration or joint (TYP) plan agreed by then, its review not yet overdue.",
                "plan_valid",
                "plan_valid");
        count(
                "INTERVIEWS_DUE",
                "Had one or more interviews or discussions due in the month.",
                "interviews_due > 0",
                "interviews_due");
        count(
                "INTERVIEWS_ALL_ON_TIME",
                "Had interviews or discussions due in the month and held every one of them by its due day.",
                "(interviews_due > 0 and interviews_on_time = interviews_due)",
                "interviews_due",
                "interviews_on_time");
        count(
                "INITIAL_INTERVIEW_DUE",
                "Had an initial interview due in the month.",
                "initial_interviews_due > 0",
                "initial_interviews_due");
        count(
                "INITIAL_INTERVIEW_ON_TIME",
                "Had an initial interview due in the month and held it within its deadline (2 weeks before"
                        + " 2.5.2022, 5 working days in the Nordic model).",
                "(initial_interviews_due > 0 and initial_interviews_on_time = initial_interviews_due)",
                "initial_interviews_due",
                "initial_interviews_on_time");
        count(
                "FIRST_APPOINTMENTS",
                "Had, in the month, the first interview or discussion after entering the responsible body's"
                        + " custody (registration or transfer).",
                "days_to_first_appointment is not null",
                "days_to_first_appointment");
        count(
                "FIRST_APPOINTMENT_WITHIN_14_DAYS",
                "FIRST_APPOINTMENTS held within 14 days of the entry.",
                "days_to_first_appointment <= " + FIRST_APPOINTMENT_DAYS,
                "days_to_first_appointment");
        count(
                "SERVICE_ENDED_3M_BEFORE",
                "An active service period ended in the calendar month three months before.",
                "service_ended_3m_before",
                "service_ended_3m_before");
        count(
                "OPEN_EMPLOYMENT_3M_AFTER_SERVICE",
                "SERVICE_ENDED_3M_BEFORE and employed on the open labour market three months after the service's"
                        + " end day.",
                "coalesce(open_employment_3m_after, false)",
                "open_employment_3m_after");
        count(
                "SERVICE_ENDED_6M_BEFORE",
                "An active service period ended in the calendar month six months before.",
                "service_ended_6m_before",
                "service_ended_6m_before");
        count(
                "OPEN_EMPLOYMENT_6M_AFTER_SERVICE",
                "SERVICE_ENDED_6M_BEFORE and employed on the open labour market six months after the service's"
                        + " end day.",
                "coalesce(open_employment_6m_after, false)",
                "open_employment_6m_after");
        SHARES = List.of(
                new IndicatorDefinition(
                        "UNEMPLOYED_SHARE",
                        1,
                        IndicatorKind.SHARE,
                        "UNEMPLOYED",
                        List.of("JOB_SEEKERS"),
                        "Share of job seekers unemployed or fully laid off: 100 × UNEMPLOYED / JOB_SEEKERS.",
                        List.of("unemployed", "job_seeker_id")),
                share(
                        "VALID_PLAN_SHARE",
                        "VALID_PLAN",
                        "JOB_SEEKERS",
                        "Share of job seekers with a valid plan: 100 × VALID_PLAN / JOB_SEEKERS.",
                        "plan_valid"),
                share(
                        "INTERVIEW_TIMELINESS",
                        "INTERVIEWS_ALL_ON_TIME",
                        "INTERVIEWS_DUE",
                        "Interview timeliness: 100 × INTERVIEWS_ALL_ON_TIME / INTERVIEWS_DUE.",
                        "interviews_due",
                        "interviews_on_time"),
                share(
                        "INITIAL_INTERVIEWS_WITHIN_DEADLINE",
                        "INITIAL_INTERVIEW_ON_TIME",
                        "INITIAL_INTERVIEW_DUE",
                        "Initial interviews within the deadline: 100 × INITIAL_INTERVIEW_ON_TIME /"
                                + " INITIAL_INTERVIEW_DUE.",
                        "initial_interviews_due",
                        "initial_interviews_on_time"),
                share(
                        "FIRST_APPOINTMENT_WITHIN_14_DAYS_SHARE",
                        "FIRST_APPOINTMENT_WITHIN_14_DAYS",
                        "FIRST_APPOINTMENTS",
                        "Time to first appointment: 100 × FIRST_APPOINTMENT_WITHIN_14_DAYS / FIRST_APPOINTMENTS (the"
                                + " days themselves are in the export).",
                        "days_to_first_appointment"),
                share(
                        "OPEN_EMPLOYMENT_3M_SHARE",
                        "OPEN_EMPLOYMENT_3M_AFTER_SERVICE",
                        "SERVICE_ENDED_3M_BEFORE",
                        "Open employment 3 months after a service ends: 100 × OPEN_EMPLOYMENT_3M_AFTER_SERVICE /"
                                + " SERVICE_ENDED_3M_BEFORE.",
                        "service_ended_3m_before",
                        "open_employment_3m_after"),
                share(
                        "OPEN_EMPLOYMENT_6M_SHARE",
                        "OPEN_EMPLOYMENT_6M_AFTER_SERVICE",
                        "SERVICE_ENDED_6M_BEFORE",
                        "Open employment 6 months after a service ends: 100 × OPEN_EMPLOYMENT_6M_AFTER_SERVICE /"
                                + " SERVICE_ENDED_6M_BEFORE.",
                        "service_ended_6m_before",
                        "open_employment_6m_after"),
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

    private static IndicatorDefinition share(
            String key, String numerator, String denominator, String definition, String... sourceFields) {
        return new IndicatorDefinition(
                key, 1, IndicatorKind.SHARE, numerator, List.of(denominator), definition, List.of(sourceFields));
    }

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
