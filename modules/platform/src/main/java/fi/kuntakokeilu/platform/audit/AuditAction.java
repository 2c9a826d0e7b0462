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
    IMPORT
}
