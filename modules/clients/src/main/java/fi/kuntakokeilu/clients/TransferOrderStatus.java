package fi.kuntakokeilu.clients;

/** Where a transfer order stands. Only PENDING and AWAITING_CONSENT orders are still open. */
public enum TransferOrderStatus {
    /** An entry order before its deadline. */
    PENDING,
    /** A consent order that the receiving area has not answered. */
    AWAITING_CONSENT,
    CARRIED_OUT,
    /** The office kept the customer on discretionary grounds. */
    KEPT,
    /** The receiving area refused its consent. */
    REJECTED,
    /** Overtaken: the person no longer qualifies, moved, or was transferred otherwise. */
    CANCELLED;

    public boolean isOpen() {
        return this == PENDING || this == AWAITING_CONSENT;
    }
}
