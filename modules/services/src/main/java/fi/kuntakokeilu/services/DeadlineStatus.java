package fi.kuntakokeilu.services;

/** Where a deadline on a worklist stands today. */
public enum DeadlineStatus {
    /** The due date has passed. */
    OVERDUE,
    /** Due today. */
    DUE_TODAY,
    /** Due within the next few days (seven by default). */
    DUE_SOON,
    /** Due later than that. */
    LATER;

    public String messageKey() {
        return "services.deadlineStatus." + name();
    }
}
