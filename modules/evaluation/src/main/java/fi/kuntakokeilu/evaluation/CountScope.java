package fi.kuntakokeilu.evaluation;

/** Whose customers a row of counts covers. */
public enum CountScope {
    /** The customers one trial area is responsible for at the month end. */
    TRIAL_AREA,
    /** The customers of all trial areas together. */
    ALL_TRIAL_AREAS,
    /** Every job seeker in the registry, employment offices' and trial areas' together. */
    COUNTRY
}
