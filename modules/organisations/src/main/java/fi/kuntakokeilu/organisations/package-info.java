/**
 * <b>organisations</b>: who the organisations of the trial are, and who works for them.
 *
 * <p><b>Owns</b>: employment offices and their regions; municipalities (Statistics Finland codes)
 * with their comparison status; trial areas as project-like records (names fi/sv, lead
 * municipality, period, status, owner organisation, budget, contact); each municipality's
 * membership of an area over time (at most one area at a time); staff accounts with role, areas or
 * office, and PBKDF2 password hashes; the <b>good-practice library</b>: practices an area publishes
 * (title, description, target group, services used, results, contact, tags, language) and which
 * other areas took each up. Reference data loads from {@code config/reference-data} at
 * start-up, adding what is missing and never overwriting what administrators changed.
 *
 * <p><b>API</b>: {@link fi.kuntakokeilu.organisations.Organisations} (views, {@code AreaMap} for
 * deciding many customers at once, administrators' changes); {@link
 * fi.kuntakokeilu.organisations.OrganisationReads} (trial areas and the {@code AreaMap} with no
 * transactional interceptor, for batch chunks: docs/operations.md, check 4); REST at {@code /api/v1/trial-areas},
 * {@code /api/v1/municipalities}, {@code /api/v1/employment-offices}; {@link
 * fi.kuntakokeilu.organisations.GoodPractices} at {@code /api/v1/good-practices} (search by text,
 * tag, area and language; read; publish, change and withdraw with optimistic versions, 409 when
 * stale; adoptions; {@code /spread} for the ministry). It implements the platform's
 * {@code StaffDirectory} and the application's identity store; within a request each account is
 * read once ({@code CallersOfRequest}), whichever of them asks.
 *
 * <p><b>Tables</b>: prefix {@code org_}: {@code org_employment_office}, {@code org_municipality},
 * {@code org_trial_area}, {@code org_area_membership}, {@code org_staff_account}, {@code
 * org_staff_area}, {@code org_reference_load}, {@code org_good_practice}, {@code
 * org_good_practice_adoption}. <b>Events</b>: none yet. Changes of good practices are audited
 * (subject {@code good-practice}; a practice names a contact person); reading them is not, since
 * the practices are published to every area. Demo mode seeds a few practices with adoptions.
 *
 * <p>The good-practice library lives here rather than in reporting because it is about the areas
 * as organisations (who publishes, who adopts, who may act for an area), is read by every role
 * including caseworkers, and holds no statistics about people: reporting stays the module of
 * suppressed aggregates for evaluators.
 *
 * <p><b>Depends on</b>: platform. <b>Does not</b> know customers: which area is responsible for a
 * person is the clients module's question, answered with this module's {@code AreaMap}.
 */
package fi.kuntakokeilu.organisations;
