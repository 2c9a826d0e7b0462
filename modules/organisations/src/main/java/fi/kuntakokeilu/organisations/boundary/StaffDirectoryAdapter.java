package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.control.StaffAccountStore;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/** Tells the platform who a signed-in account is: its role and its areas or office. */
@ApplicationScoped
public class StaffDirectoryAdapter implements StaffDirectory {

    @Inject
    StaffAccountStore accounts;

    @Override
    public Optional<Caller> find(String username) {
        return accounts.caller(username);
    }
}
