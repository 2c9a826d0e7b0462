package fi.kuntakokeilu.evaluation;

/**
 * The target subgroups the ministry broke its figures down by (domain brief, "Who is transferred";
 * Act 1269/2020 § 4): each a condition on the person at the month end. A person can be in several.
 */
public enum Subgroup {
    ALL,
    /** Under 30 years old at the month end. */
    UNDER_30,
    /** Mother tongue other than Finnish, Swedish or Sámi. */
    FOREIGN_LANGUAGE,
    /** Not entitled to earnings-related unemployment allowance at the month end. */
    NOT_EARNINGS_RELATED
}
