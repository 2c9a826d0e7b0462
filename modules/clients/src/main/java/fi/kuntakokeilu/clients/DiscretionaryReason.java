package fi.kuntakokeilu.clients;

/** The grounds on which an employment office may keep or return a customer (Act 1269/2020 § 5, from 1.6.2021). */
public enum DiscretionaryReason {
    /** The customer's language rights are better served elsewhere. */
    LANGUAGE_RIGHTS,
    /** To avoid an unsuitable customer relationship (e.g. a conflict of interest). */
    UNSUITABLE_CUSTOMER_RELATIONSHIP,
    /** Another justified reason, explained in words. */
    OTHER_JUSTIFIED_REASON
}
