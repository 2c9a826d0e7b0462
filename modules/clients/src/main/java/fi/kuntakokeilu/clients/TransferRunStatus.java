package fi.kuntakokeilu.clients;

/** The life of a bulk transfer run. */
public enum TransferRunStatus {
    /** Recorded; the batch job has not begun. */
    STARTING,
    RUNNING,
    COMPLETED,
    /** Stopped by an error; may be restarted from its checkpoint. */
    FAILED,
    /** Its server stopped while it ran (no heartbeat); may be restarted from its checkpoint. */
    INTERRUPTED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
