package fi.kuntakokeilu.organisations;

/** How sure we are that an area ran a trial (see the reference data's README). */
public enum TrialAreaStatus {
    /** A ministry monthly review or the area's own pages name it as an operating trial. */
    CONFIRMED,
    /** The ministry only named it as selected for preparation. */
    SELECTED
}
