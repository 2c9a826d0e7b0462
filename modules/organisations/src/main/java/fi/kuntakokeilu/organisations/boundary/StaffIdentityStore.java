package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.control.PasswordHashing;
import fi.kuntakokeilu.organisations.control.StaffAccountStore;
import fi.kuntakokeilu.organisations.entity.StaffAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;
import java.util.Set;

/**
 * Checks user names and passwords against the staff accounts: the application's one identity store
 * (OpenID Connect, when configured, replaces the password check but not the accounts). The caller's
 * group is their role.
 */
@ApplicationScoped
public class StaffIdentityStore implements IdentityStore {

    @Inject
    StaffAccountStore accounts;

    @Inject
    PasswordHashing hashing;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        String password = credential.getPasswordAsString();
        Optional<StaffAccount> account = accounts.find(credential.getCaller()).filter(StaffAccount::enabled);
        if (account.isEmpty()) {
            hashing.verifyNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        if (!hashing.verify(password, account.get().passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(
                account.get().username(), Set.of(account.get().role().name()));
    }
}
