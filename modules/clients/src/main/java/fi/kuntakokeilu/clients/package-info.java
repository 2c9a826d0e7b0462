/**
 * <b>clients</b>: job seekers, the target-group rules, and custody: which body (an employment office
 * or a trial area) is responsible for a customer on any day, and every transfer between them with
 * its legal basis (Act 1269/2020 § 4–5).
 *
 * <p><b>Depends on</b>: organisations (areas and memberships through its {@code AreaMap}), platform.
 * Its registry, rules, transfers, import and API are built by the clients issue; until then the
 * module holds no code.
 */
package fi.kuntakokeilu.clients;
