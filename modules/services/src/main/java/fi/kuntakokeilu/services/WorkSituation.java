package fi.kuntakokeilu.services;

/**
 * The job seeker's situation as the employment plan records it, which decides the job-application
 * obligation (Act on Public Employment and Business Service, Nordic job-seeking model from
 * 2.5.2022).
 */
public enum WorkSituation {
    /** Unemployed: as a rule four applications a calendar month. */
    UNEMPLOYED,
    /** Working part time and seeking full-time work: one application per three months. */
    PART_TIME_WORK,
    /** Laid off by shortening the working week: one application per three months. */
    SHORTENED_WEEK_LAYOFF,
    /**
     * Fully laid off: no obligation during the first three months of the lay-off; after that, as a
     * rule four applications a calendar month.
     */
    FULL_LAYOFF;

    public String messageKey() {
        return "services.workSituation." + name();
    }
}
