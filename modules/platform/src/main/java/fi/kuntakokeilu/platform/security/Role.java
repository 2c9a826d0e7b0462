package fi.kuntakokeilu.platform.security;

/**
 * What a staff member does, which decides what they may see. Roles that serve customers are scoped:
 * caseworkers and area managers to one or more trial areas, office staff to one employment office.
 */
public enum Role {
    /** Maintains reference data, accounts and rule versions; sees everything, audited like anyone. */
    ADMIN,
    /** Leads a trial area's services: the area's customers, worklists and reports, and its benchmarks. */
    AREA_MANAGER,
    /** Serves the customers of their trial area(s). */
    CASEWORKER,
    /** Employment-office staff: the office's remaining customers and transfers in and out. */
    OFFICE_STAFF,
    /** Ministry evaluator: aggregates and pseudonymised data only, never a name or identity code. */
    EVALUATOR;

    /** Roles that work with named customers of a trial area. */
    public boolean servesTrialAreas() {
        return this == CASEWORKER || this == AREA_MANAGER;
    }
}
