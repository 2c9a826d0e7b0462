package fi.kuntakokeilu.platform.audit;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Selects the {@link AuditTrail} that writes in the caller's transaction without a transactional
 * interceptor of its own: the same rows as the default one, which the caller's transaction must
 * already hold (there is none: it fails).
 *
 * <p>For Jakarta Batch chunks, which run in a transaction the batch runtime begins and commits with
 * {@code UserTransaction}. Payara's {@code @Transactional} interceptor keeps the calling thread's
 * "may use UserTransaction" state in a field of the interceptor instance, which an
 * {@code @ApplicationScoped} bean shares between threads: a chunk calling the default trail while
 * requests do can be handed back a request's "not allowed", and the runtime's commit of the chunk
 * then fails (docs/operations.md, "Proving it: the fault tests"). Requests keep the default trail.
 */
@Qualifier
@Documented
@Retention(RUNTIME)
@Target({TYPE, FIELD, METHOD, PARAMETER})
public @interface InCallersTransaction {}
