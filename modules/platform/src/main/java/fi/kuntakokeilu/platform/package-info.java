/**
 * <b>platform</b>: the cross-cutting kernel every other module builds on. No business rules.
 *
 * <p><b>API</b> (the sub-packages other modules may use):
 *
 * <ul>
 *   <li>{@code identity}: {@code PersonalIdentityCode} (DDMMYYCNNNQ, the 2023 century signs,
 *       check character, temporary 900–999 range, birth date and sex), {@code MunicipalityCode}
 *       (three digits; 198/199/200 special) and their Bean Validation constraints.
 *   <li>{@code problem}: the error model. {@code ProblemException} and its kinds (not found,
 *       conflict, invalid input, forbidden, not signed in) become RFC 9457 {@code
 *       application/problem+json} with every failing field, in the caller's language.
 *   <li>{@code i18n}: Finnish, Swedish and English; one message bundle per module, {@code
 *       fi/kuntakokeilu/<module>/messages}, keys prefixed by the module's name.
 *   <li>{@code security}: {@code Role}, the {@code Caller} with their trial-area or office scope,
 *       {@code CurrentUser} for the request, {@code @Allow} for role checks on facades, and the
 *       {@code StaffDirectory} interface that organisations implements.
 *   <li>{@code audit}: {@code AuditTrail}, the append-only record of every read and change of
 *       personal data; the {@code @InCallersTransaction} trail writes the same rows with no
 *       transactional interceptor, for batch chunks (docs/operations.md, check 4).
 *   <li>{@code request}: the request id. {@code lifecycle}: the {@code SchemaReady} start-up event.
 *       {@code schema}: per-module Flyway migrations ({@code db/migration/<module>}, history table
 *       {@code flyway_history_<module>}); {@code Database}: the data source's name, and
 *       {@code prepareBatchInsert}, the way every batched {@code INSERT} is prepared so that it
 *       reaches MariaDB as one bulk command inside Payara.
 * </ul>
 *
 * <p><b>Inside</b>: {@code boundary} maps exceptions to problems for JAX-RS and gives each request
 * an id; {@code control} writes audit rows ({@code AuditWriter}, which {@code JpaAuditTrail} uses too), produces the clock (Europe/Helsinki) and enforces
 * {@code @Allow}; {@code entity} holds {@code AuditEvent}.
 *
 * <p><b>Tables</b>: {@code audit_event} (append-only, enforced by triggers).
 *
 * <p><b>Depends on</b>: nothing of ours. <b>Does not</b> know trial areas, customers or any rule of
 * the trial.
 */
package fi.kuntakokeilu.platform;
