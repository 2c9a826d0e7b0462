package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.control.CallersOfRequest;
import fi.kuntakokeilu.organisations.control.StaffAccountStore;
import fi.kuntakokeilu.organisations.entity.StaffAccount;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Tells the platform who a signed-in account is: its role and its areas or office. Within a request
 * each account is read once ({@link CallersOfRequest}); outside one (start-up, scheduled jobs) on
 * every call.
 */
@ApplicationScoped
public class StaffDirectoryAdapter implements StaffDirectory {

    @Inject
    StaffAccountStore accounts;

    @Inject
    CallersOfRequest callersOfRequest;

    @Inject
    BeanManager beans;

    @Override
    public Optional<Caller> find(String username) {
        if (username == null || !inRequest()) {
            return accounts.caller(username);
        }
        return callersOfRequest.find(username, accounts::caller);
    }

    /** An account the identity store has just checked the password of and found enabled. */
    public void validated(StaffAccount account) {
        if (inRequest()) {
            callersOfRequest.remember(StaffAccountStore.callerOf(account));
        }
    }

    private boolean inRequest() {
        try {
            return beans.getContext(RequestScoped.class).isActive();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }
}
