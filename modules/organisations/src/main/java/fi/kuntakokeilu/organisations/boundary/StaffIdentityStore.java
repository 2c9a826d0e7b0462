package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.control.Lockout;
import fi.kuntakokeilu.organisations.control.LoginAttempts;
import fi.kuntakokeilu.organisations.control.PasswordHashing;
import fi.kuntakokeilu.organisations.control.StaffAccountStore;
import fi.kuntakokeilu.organisations.entity.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks user names and passwords against the staff accounts: the application's one identity store
 * (OpenID Connect, when configured, replaces the password check but not the accounts). The caller's
 * group is their role. Repeated wrong passwords lock the account for a while ({@link Lockout});
 * an unknown name, a disabled or locked account and a wrong password all answer alike, in the same
 * time.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffAccountStore accounts;

    @Inject
    PasswordHashing hashing;

    @Inject
    LoginAttempts attempts;

    @Inject
    StaffDirectoryAdapter directory;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "organisations.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "organisations.login.lockout", defaultValue = "PT15M")
    Duration lockoutDuration;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Instant now = clock.instant();
        Lockout lockout = new Lockout(maxFailures, lockoutDuration);
        Optional<StaffAccount> account = accounts.findWithAreas(credential.getCaller())
                .filter(StaffAccount::enabled)
                .filter(a -> !lockout.isLocked(a.lockedUntil(), now));
        if (account.isEmpty()) {
            hashing.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hashing.verify(password, account.get().passwordHash())) {
            attempts.failed(account.get().username(), lockout, now);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (account.get().failedLogins() > 0) {
            attempts.succeeded(account.get().username());
        }
        directory.validated(account.get());
        return new CredentialValidationResult(
                account.get().username(), Set.of(account.get().role().name()));
    }
}
