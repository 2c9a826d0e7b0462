package fi.kuntakokeilu.clients;

/** The two kinds of body that can be responsible for a job seeker. */
public enum BodyType {
    /** A state employment office (TE office): keeps every customer outside the target group. */
    EMPLOYMENT_OFFICE,
    /** A municipal trial area: serves its residents in the target group for the trial's period. */
    TRIAL_AREA
}
