package fi.kuntakokeilu.services;

/** The meetings between staff and a job seeker that the law schedules. */
public enum InterviewKind {
    /**
     * The first meeting after registration: assesses the need for services and produces (or, for a
     * transferred customer, reviews) the employment plan.
     */
    INITIAL_INTERVIEW(true),
    /**
     * Nordic model: the meetings about every two weeks in the first three months of job search, to
     * support the search; the plan is updated when the discussion calls for it.
     */
    JOB_SEARCH_DISCUSSION(false),
    /** Every three months: the job-seeker interview, in which the employment plan is reviewed. */
    JOB_SEEKER_INTERVIEW(true),
    /** Nordic model: the two extra discussions of each one-month intensive period. */
    INTENSIVE_PERIOD_DISCUSSION(false);

    private final boolean reviewsPlan;

    InterviewKind(boolean reviewsPlan) {
        this.reviewsPlan = reviewsPlan;
    }

    /** Whether the law ties the review (or the making) of the employment plan to this meeting. */
    public boolean reviewsPlan() {
        return reviewsPlan;
    }

    /** The key of the kind's name in the services message bundle. */
    public String messageKey() {
        return "services.interviewKind." + name();
    }
}
