package fi.kuntakokeilu.evaluation.control;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the panel derives its flags from the labour-market status and the person (docs/indicators.md,
 * "Status mapping"). The version is raised whenever a mapping changes meaning, and is recorded with
 * every panel month, snapshot and export.
 *
 * <p>Decisions the sources leave to us (domain brief, "What the ministry followed"): the ministry's
 * "unemployed or laid off" counts full lay-offs as unemployed; people laid off part of the time work
 * the rest, so they count as employed on the open labour market; "in employment services" is the
 * status IN_SERVICE (training, work and training trials, coaching); "in training" is STUDENT; the
 * active services of the activation rate are employment services and pay-subsidised work.
 *
 * <p>Version 2 adds the services module's facts (docs/indicators.md, "Services facts"): a service
 * period counts once it is no longer PLANNED, from its start to its end day inclusive, if the
 * catalogue marks the service active; a plan is valid at the month end when its latest version was
 * agreed by then and its review is not yet overdue; an interview or discussion is on time when held
 * on or before its due day; outcomes are read {@link #OUTCOME_EARLY_MONTHS} and {@link
 * #OUTCOME_LATE_MONTHS} months after the end day of an active service.
 */
public final class PanelRules {

    /** Raised when any mapping below changes meaning. */
    public static final int VERSION = 2;

    public static final Set<LabourMarketStatus> UNEMPLOYED =
            EnumSet.of(LabourMarketStatus.UNEMPLOYED, LabourMarketStatus.LAID_OFF_FULL);
    public static final Set<LabourMarketStatus> IN_SERVICES = EnumSet.of(LabourMarketStatus.IN_SERVICE);
    public static final Set<LabourMarketStatus> IN_TRAINING = EnumSet.of(LabourMarketStatus.STUDENT);
    public static final Set<LabourMarketStatus> EMPLOYED_OPEN = EnumSet.of(
            LabourMarketStatus.EMPLOYED, LabourMarketStatus.EMPLOYED_PART_TIME, LabourMarketStatus.LAID_OFF_PARTIAL);
    public static final Set<LabourMarketStatus> EMPLOYED_SUBSIDISED = EnumSet.of(LabourMarketStatus.SUBSIDISED_WORK);
    public static final Set<LabourMarketStatus> ACTIVE_SERVICES =
            EnumSet.of(LabourMarketStatus.IN_SERVICE, LabourMarketStatus.SUBSIDISED_WORK);

    /** Finnish, Swedish and the Sámi languages (Act 1269/2020 § 4; ISO 639-2/3 codes as clients stores them). */
    public static final Set<String> FINNISH = Set.of("fin");

    public static final Set<String> SWEDISH = Set.of("swe");
    public static final Set<String> SAMI = Set.of("sme", "smn", "sms", "smi", "sma", "smj");

    /** Long-term unemployment: continuously unemployed for over this many months. */
    public static final int LONG_TERM_MONTHS = 12;

    /** Open employment is followed 3 and 6 months after a service ends (domain brief, "What the ministry followed"). */
    public static final int OUTCOME_EARLY_MONTHS = 3;

    public static final int OUTCOME_LATE_MONTHS = 6;

    /** The age under which a person is in the target group by age (Act 1269/2020 § 4). */
    public static final int YOUNG_BELOW = 30;

    private PanelRules() {}

    /** An SQL IN list of the statuses, for the panel's set-based build. */
    static String in(Set<LabourMarketStatus> statuses) {
        return statuses.stream().map(s -> "'" + s.name() + "'").sorted().collect(Collectors.joining(",", "(", ")"));
    }

    static String inCodes(Set<String> codes) {
        return codes.stream().map(s -> "'" + s + "'").sorted().collect(Collectors.joining(",", "(", ")"));
    }

    /** The age band of an age in whole years: 15–24, 25–29, 30–39, 40–49, 50–59, 60+ (never the exact age). */
    public static String ageBand(int age) {
        if (age < 25) {
            return "15-24";
        } else if (age < 30) {
            return "25-29";
        } else if (age < 40) {
            return "30-39";
        } else if (age < 50) {
            return "40-49";
        } else if (age < 60) {
            return "50-59";
        }
        return "60+";
    }

    /** {@link #ageBand(int)} in SQL over an age expression. */
    static String ageBandSql(String age) {
        return "CASE WHEN " + age + " < 25 THEN '15-24' WHEN " + age + " < 30 THEN '25-29' WHEN " + age
                + " < 40 THEN '30-39' WHEN " + age + " < 50 THEN '40-49' WHEN " + age + " < 60 THEN '50-59'"
                + " ELSE '60+' END";
    }
}
