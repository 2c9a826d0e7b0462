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
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first administrator of a new installation, from configuration
 * ({@code organisations.bootstrap.admin-username} and {@code organisations.bootstrap.admin-password},
 * the latter from the environment as {@code ORGANISATIONS_BOOTSTRAP_ADMIN_PASSWORD}). Created only
 * while no administrator exists; there is no built-in account outside demo mode.
 */
@ApplicationScoped
public class BootstrapAdministrator {

    private static final Logger LOG = Logger.getLogger(BootstrapAdministrator.class.getName());

    @Inject
    StaffAccountStore accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "organisations.bootstrap.admin-username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "organisations.bootstrap.admin-password")
    Optional<String> password;

    @Transactional
    void create(@Observes @Priority(SchemaReady.ACCOUNTS) SchemaReady ready) {
        if (username.isEmpty() || password.isEmpty() || accounts.anyAdministrator()) {
            return;
        }
        accounts.add(new StaffAccount(
                username.get(),
                username.get(),
                hashing.hash(password.get()),
                Role.ADMIN,
                null,
                Set.of(),
                clock.instant()));
        LOG.warning(() -> "Bootstrap administrator " + username.get()
                + " created: change its password now and remove organisations.bootstrap.admin-password");
    }
}
