package fi.kuntakokeilu.services;

/** What a case note is about, so notes can be found and followed by topic. */
public enum NoteTopic {
    /** A contact with the customer: a call, a message, a meeting. */
    CONTACT,
    /** The job search and the job-application obligation. */
    JOB_SEARCH,
    /** Services: plans for them, periods, providers. */
    SERVICES,
    /** Unemployment benefit questions and statements. */
    BENEFITS,
    OTHER;

    public String messageKey() {
        return "services.noteTopic." + name();
    }
}
