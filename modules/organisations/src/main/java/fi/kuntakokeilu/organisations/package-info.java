/**
 * <b>organisations</b>: who the organisations of the trial are, and who works for them.
 *
 * <p><b>Owns</b>: employment offices and their regions; municipalities (Statistics Finland codes)
 * with their comparison status; trial areas as project-like records (names fi/sv, lead
 * municipality, period, status, owner organisation, budget, contact); each municipality's
 * membership of an area over time (at most one area at a time); staff accounts with role, areas or
 * office, and PBKDF2 password hashes. Reference data loads from {@code config/reference-data} at
 * start-up, adding what is missing and never overwriting what administrators changed.
 *
 * <p><b>API</b>: {@link fi.kuntakokeilu.organisations.Organisations} (views, {@code AreaMap} for
 * deciding many customers at once, administrators' changes), REST at {@code /api/v1/trial-areas},
 * {@code /api/v1/municipalities}, {@code /api/v1/employment-offices}. It implements the platform's
 * {@code StaffDirectory} and the application's identity store.
 *
 * <p><b>Tables</b>: prefix {@code org_}: {@code org_employment_office}, {@code org_municipality},
 * {@code org_trial_area}, {@code org_area_membership}, {@code org_staff_account}, {@code
 * org_staff_area}, {@code org_reference_load}. <b>Events</b>: none yet.
 *
 * <p><b>Depends on</b>: platform. <b>Does not</b> know customers: which area is responsible for a
 * person is the clients module's question, answered with this module's {@code AreaMap}.
 */
package fi.kuntakokeilu.organisations;
