/**
 * <b>web</b>: the one WAR that assembles the modules and runs them on Payara Micro.
 *
 * <p><b>Owns</b>: the data source {@code java:app/jdbc/kuntakokeilu} and the persistence unit
 * {@code kuntakokeilu} (which names each module's {@code META-INF/orm/<module>.xml}); the
 * start-up sequence (every module's Flyway migrations in dependency order, then the {@code
 * SchemaReady} event); the readiness check behind {@code /health/ready}; the JAX-RS application at
 * {@code /api}; authentication (HTTP Basic for the API, a login form for the UI or, when
 * {@code web.oidc.provider-uri} is set, the organisation's OpenID Connect provider mapped to staff
 * accounts; one identity store for passwords) and security headers; the Faces UI for staff ({@code ui}: {@code <Screen>View} beans
 * that call module APIs only).
 *
 * <p><b>Depends on</b>: every business module, through their API packages only (checked by the
 * ArchUnit tests in this module). <b>Does not</b> hold business rules or tables of its own.
 */
package fi.kuntakokeilu.web;
