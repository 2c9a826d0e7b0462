package fi.kuntakokeilu.clients.batch;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.organisations.OrganisationReads;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.audit.InCallersTransaction;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A bulk run's chunks reach no bean with a {@code @Transactional} interceptor. The batch runtime
 * commits each chunk with {@code UserTransaction}; Payara's interceptor of an
 * {@code @ApplicationScoped} bean keeps the caller's "may use UserTransaction" state in one field
 * for all threads, so a chunk calling such a bean while requests do can be left unable to commit
 * ("Operation not allowed") and the run never ends (docs/operations.md, "Proving it: the fault
 * tests", check 4). Walks the injected fields from the reader, processor and writer through this
 * module's classes; of other modules' interfaces only those known to have no interceptor may be
 * reached.
 */
class TransferRunChunkBeansTest {

    /** Interfaces of other modules a chunk may use: their beans carry no transactional interceptor. */
    private static final Set<Class<?>> WITHOUT_INTERCEPTOR = Set.of(OrganisationReads.class);

    @Test
    void theChunkArtifactsReachNoTransactionalBean() {
        assertThat(violations(TransferRunReader.class, TransferRunProcessor.class, TransferRunWriter.class))
                .isEmpty();
    }

    @Test
    void theWalkFindsAnInjectedFacadeAndTheDefaultAuditTrail() {
        assertThat(violations(WithFacade.class))
                .anyMatch(v -> v.contains(Organisations.class.getName()))
                .anyMatch(v -> v.contains("AuditTrail without @InCallersTransaction"));
    }

    @Test
    void theWalkFindsATransactionalClassBehindAPlainOne() {
        assertThat(violations(Plain.class)).anyMatch(v -> v.contains(Intercepted.class.getName()));
    }

    private static List<String> violations(Class<?>... roots) {
        List<String> found = new ArrayList<>();
        Deque<Class<?>> toVisit = new ArrayDeque<>(List.of(roots));
        Set<Class<?>> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Class<?> type = toVisit.pop();
            if (!seen.add(type)) {
                continue;
            }
            if (transactional(type)) {
                found.add(type.getName() + " is @Transactional");
            }
            for (Class<?> c = type; c != null && ours(c); c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (!field.isAnnotationPresent(Inject.class)) {
                        continue;
                    }
                    Class<?> injected = field.getType();
                    String where = c.getSimpleName() + "." + field.getName() + ": ";
                    if (injected == AuditTrail.class) {
                        if (!field.isAnnotationPresent(InCallersTransaction.class)) {
                            found.add(where + "AuditTrail without @InCallersTransaction");
                        }
                    } else if (injected.isInterface() && ours(injected)) {
                        if (!WITHOUT_INTERCEPTOR.contains(injected)) {
                            found.add(where + injected.getName() + " may be implemented by a @Transactional facade");
                        }
                    } else if (ours(injected)) {
                        toVisit.push(injected);
                    }
                }
            }
        }
        return found;
    }

    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("fi.kuntakokeilu.");
    }

    private static boolean transactional(Class<?> type) {
        if (type.isAnnotationPresent(Transactional.class)) {
            return true;
        }
        for (Method method : type.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Transactional.class)) {
                return true;
            }
        }
        return false;
    }

    // Fixtures the walk must catch.

    static class WithFacade {
        @Inject
        Organisations organisations;

        @Inject
        AuditTrail audit;
    }

    static class Plain {
        @Inject
        Intercepted next;
    }

    @Transactional
    static class Intercepted {}
}
