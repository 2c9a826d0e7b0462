package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.control.PasswordHashing;
import fi.kuntakokeilu.organisations.control.StaffAccountStore;
import fi.kuntakokeilu.organisations.entity.StaffAccount;
import fi.kuntakokeilu.platform.lifecycle.SchemaReady;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo accounts of embedded mode, all with the password {@code demo}; the README lists them.
 * They are created only when the start-up says {@code demo} (the {@code run} command with its
 * embedded database), never against a configured database.
 */
@ApplicationScoped
public class DemoAccounts {

    private static final Logger LOG = Logger.getLogger(DemoAccounts.class.getName());
    static final String PASSWORD = "demo";

    /** An account to create: name, role, office and areas. */
    record Demo(String username, String displayName, Role role, String officeKey, Set<String> areas) {}

    static final List<Demo> ACCOUNTS = List.of(
            new Demo("admin", "Demo Admin", Role.ADMIN, null, Set.of()),
            new Demo("caseworker.helsinki", "Helka Helsinki", Role.CASEWORKER, null, Set.of("helsinki")),
            new Demo("caseworker.espoo", "Esko Espoo", Role.CASEWORKER, null, Set.of("espoo")),
            new Demo("manager.pirkanmaa", "Pirkko Pirkanmaa", Role.AREA_MANAGER, null, Set.of("pirkanmaa")),
            new Demo("office.uusimaa", "Uula Uusimaa", Role.OFFICE_STAFF, "uusimaa", Set.of()),
            new Demo("evaluator", "Eeva Evaluator", Role.EVALUATOR, null, Set.of()));

    @Inject
    StaffAccountStore accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Transactional
    void create(@Observes @Priority(SchemaReady.ACCOUNTS) SchemaReady ready) {
        if (!ready.demo()) {
            return;
        }
        for (Demo demo : ACCOUNTS) {
            if (accounts.find(demo.username()).isEmpty()) {
                accounts.add(new StaffAccount(
                        demo.username(),
                        demo.displayName(),
                        hashing.hash(PASSWORD),
                        demo.role(),
                        demo.officeKey(),
                        demo.areas(),
                        clock.instant()));
                LOG.info(() -> "Demo account " + demo.username() + " (" + demo.role() + ") created");
            }
        }
    }
}
