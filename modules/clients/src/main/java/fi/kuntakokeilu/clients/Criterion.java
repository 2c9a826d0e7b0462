package fi.kuntakokeilu.clients;

/**
 * One test of the target-group rule (Act 1269/2020 § 4). A decision records every criterion that
 * matched, so a transfer shows why it happened and a past decision can be checked.
 */
public enum Criterion {
    /** The home municipality belonged to a trial area on the day. */
    HOME_MUNICIPALITY_IN_TRIAL_AREA,
    /** Unemployed, laid off, in employment services or in subsidised work. */
    QUALIFYING_STATUS,
    /** Not entitled to earnings-related unemployment allowance. */
    NO_EARNINGS_RELATED_ALLOWANCE,
    /** Under the rule's age limit (30) on the day. */
    UNDER_AGE_LIMIT,
    /** An immigrant, or a mother tongue other than Finnish, Swedish or Sami. */
    IMMIGRANT_OR_FOREIGN_LANGUAGE
}
