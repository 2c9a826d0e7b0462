package fi.kuntakokeilu.clients;

/** Why custody of a customer changed: every transfer names one (Act 1269/2020 § 4–5). */
public enum LegalBasis {
    /** The bulk transfer on the day a trial area started. */
    TRIAL_START,
    /** The person entered the target group later and was transferred within 7 days (§ 5). */
    ENTERED_TARGET_GROUP,
    /** The home municipality (kotikunta) changed: competence follows it, to another area or the office. */
    MOVED_MUNICIPALITY,
    /** The person left the target group by status and the configuration returns such customers. */
    LEFT_TARGET_GROUP,
    /** An exclusion criterion (PES Act ch. 5a § 2(1) items 1–3) in force applies to the person. */
    EXCLUDED,
    /** The employment office kept or returned the customer, or placed them in another area with its consent (from 1.6.2021). */
    DISCRETIONARY_RETURN,
    /** The trial area's trial ended: its customers return to the office. */
    TRIAL_END
}
