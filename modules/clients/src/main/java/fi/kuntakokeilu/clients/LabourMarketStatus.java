package fi.kuntakokeilu.clients;

/**
 * A job seeker's labour-market status as the employment services record it. Which statuses put a
 * person in the trial's target group is data of the rule version (Act 1269/2020 § 4: unemployed,
 * laid off, in employment services or in subsidised work).
 */
public enum LabourMarketStatus {
    UNEMPLOYED,
    /** Laid off for the time being (full lay-off). */
    LAID_OFF_FULL,
    /** Laid off part of the time (shortened working week or day). */
    LAID_OFF_PARTIAL,
    /** In an employment service: labour-market training, work or training trial, coaching. */
    IN_SERVICE,
    /** In work paid with a pay subsidy. */
    SUBSIDISED_WORK,
    EMPLOYED,
    EMPLOYED_PART_TIME,
    /** In full-time studies. */
    STUDENT,
    /** Registered, but not seeking work at the moment. */
    NOT_JOB_SEEKING
}
