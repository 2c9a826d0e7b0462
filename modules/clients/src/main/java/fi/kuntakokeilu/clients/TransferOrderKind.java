package fi.kuntakokeilu.clients;

/** What a transfer order waits for. */
public enum TransferOrderKind {
    /** A person entered the target group: transferred by the deadline, 7 days after the change (Act 1269/2020 § 5). */
    ENTRY,
    /** A discretionary move to another trial area: waits for that area's consent. */
    CONSENT
}
