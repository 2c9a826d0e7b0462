package fi.kuntakokeilu.services;

/** What a worklist item asks staff to do (domain.md, "Service obligations"). */
public enum WorklistKind {
    /** A customer with no plan yet: the initial interview, due by the rule regime of registration. */
    INITIAL_INTERVIEW,
    /** A job-seeker interview or a job-search or intensive-period discussion of the schedule. */
    INTERVIEW,
    /** The review of a plan in force. */
    PLAN_REVIEW,
    /** A reminder or benefit statement for a neglected job-application obligation, not sent yet. */
    OBLIGATION_FOLLOW_UP,
    /** Office staff: a customer entering a trial's target group, to be transferred within 7 days. */
    TRANSFER_PENDING,
    /** An ongoing service period that ends within 14 days (or should have ended). */
    SERVICE_ENDING;

    public String messageKey() {
        return "services.worklistKind." + name();
    }
}
