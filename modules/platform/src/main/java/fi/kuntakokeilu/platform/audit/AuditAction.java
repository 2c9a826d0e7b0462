package fi.kuntakokeilu.platform.audit;

/** What was done to personal data. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    TRANSFER,
    EXPORT,
    IMPORT,
    /** Opened outside the caller's scope with a written reason (see {@link AuditTrail#breakGlass}). */
    BREAK_GLASS
}
