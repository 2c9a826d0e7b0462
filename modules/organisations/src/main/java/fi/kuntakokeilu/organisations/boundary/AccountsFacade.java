package fi.kuntakokeilu.organisations.boundary;

import fi.kuntakokeilu.organisations.AccountView;
import fi.kuntakokeilu.organisations.Accounts;
import fi.kuntakokeilu.organisations.PasswordChange;
import fi.kuntakokeilu.organisations.StaffAccountRequest;
import fi.kuntakokeilu.organisations.control.OrganisationStore;
import fi.kuntakokeilu.organisations.control.PasswordHashing;
import fi.kuntakokeilu.organisations.control.PasswordPolicy;
import fi.kuntakokeilu.organisations.control.StaffAccountStore;
import fi.kuntakokeilu.organisations.entity.StaffAccount;
import fi.kuntakokeilu.platform.problem.ConflictException;
import fi.kuntakokeilu.platform.problem.InvalidInputException;
import fi.kuntakokeilu.platform.problem.ResourceNotFoundException;
import fi.kuntakokeilu.platform.security.Allow;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.CurrentUser;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/** Staff accounts: one's own for everyone signed in, everyone's for administrators. */
@ApplicationScoped
@Transactional
@ValidateOnExecution
public class AccountsFacade implements Accounts {

    private static final Logger LOG = Logger.getLogger(AccountsFacade.class.getName());
    private static final String ACCOUNT = "organisations.account";

    @Inject
    StaffAccountStore accounts;

    @Inject
    OrganisationStore organisations;

    @Inject
    PasswordHashing hashing;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Override
    public AccountView me() {
        return view(own());
    }

    @Override
    public void changePassword(PasswordChange change) {
        StaffAccount account = own();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (!hashing.verify(change.currentPassword(), account.passwordHash())) {
            errors.add("currentPassword", "organisations.password.currentWrong");
        }
        PasswordPolicy.check(account.username(), change.newPassword(), "newPassword", errors);
        if (errors.isEmpty() && change.newPassword().equals(change.currentPassword())) {
            errors.add("newPassword", "organisations.password.unchanged");
        }
        errors.throwIfAny();
        account.changePassword(hashing.hash(change.newPassword()), clock.instant());
        LOG.info(() -> "Password changed for " + account.username());
    }

    @Override
    public AccountView changeLanguage(String language) {
        StaffAccount account = own();
        account.speak(language);
        return view(account);
    }

    @Override
    @Allow(Role.ADMIN)
    public List<AccountView> all() {
        return accounts.all().stream().map(this::view).toList();
    }

    @Override
    @Allow(Role.ADMIN)
    public AccountView create(StaffAccountRequest request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.username() == null) {
            errors.add("username", "jakarta.validation.constraints.NotNull.message");
        }
        PasswordPolicy.check(request.username(), request.password(), "password", errors);
        checkScope(request, errors);
        errors.throwIfAny();
        if (accounts.find(request.username()).isPresent()) {
            throw new ConflictException("duplicate", "organisations.account.exists", request.username());
        }
        StaffAccount account = new StaffAccount(
                request.username(),
                request.displayName(),
                hashing.hash(request.password()),
                request.role(),
                request.employmentOffice(),
                areas(request),
                clock.instant());
        if (Boolean.FALSE.equals(request.enabled())) {
            account.scope(request.displayName(), request.role(), areas(request), request.employmentOffice(), false);
        }
        accounts.add(account);
        accounts.flush();
        LOG.info(() -> "Account " + request.username() + " (" + request.role() + ") created by "
                + currentUser.require().username());
        return view(account);
    }

    @Override
    @Allow(Role.ADMIN)
    public AccountView update(String username, StaffAccountRequest request) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        if (request.username() != null && !request.username().equals(username)) {
            errors.add("username", "organisations.account.username.immutable");
        }
        if (request.version() == null) {
            errors.add("version", "jakarta.validation.constraints.NotNull.message");
        }
        checkScope(request, errors);
        errors.throwIfAny();
        StaffAccount account =
                accounts.find(username).orElseThrow(() -> new ResourceNotFoundException(ACCOUNT, username));
        if (account.version() != request.version()) {
            throw ConflictException.staleVersion(username);
        }
        boolean enabled = request.enabled() == null || request.enabled();
        if (username.equals(currentUser.require().username()) && (!enabled || request.role() != Role.ADMIN)) {
            throw InvalidInputException.of("role", "organisations.account.ownAdminRights");
        }
        account.scope(request.displayName(), request.role(), areas(request), request.employmentOffice(), enabled);
        accounts.flush();
        return view(account);
    }

    private StaffAccount own() {
        Caller caller = currentUser.require();
        return accounts.find(caller.username())
                .orElseThrow(() -> new ResourceNotFoundException(ACCOUNT, caller.username()));
    }

    private void checkScope(StaffAccountRequest request, InvalidInputException.Collector errors) {
        Set<String> areas = areas(request);
        if (request.role() == null) {
            return;
        }
        if (request.role().servesTrialAreas()) {
            if (areas.isEmpty()) {
                errors.add("trialAreas", "organisations.account.areasRequired");
            }
            areas.stream()
                    .filter(key -> organisations.area(key).isEmpty())
                    .forEach(key -> errors.add("trialAreas", "organisations.trialArea.unknown", key));
        } else if (!areas.isEmpty()) {
            errors.add("trialAreas", "organisations.account.noAreasForRole");
        }
        if (request.role() == Role.OFFICE_STAFF) {
            if (request.employmentOffice() == null
                    || organisations.office(request.employmentOffice()).isEmpty()) {
                errors.add("employmentOffice", "organisations.office.unknown", request.employmentOffice());
            }
        } else if (request.employmentOffice() != null) {
            errors.add("employmentOffice", "organisations.account.noOfficeForRole");
        }
    }

    private static Set<String> areas(StaffAccountRequest request) {
        return request.trialAreas() == null ? Set.of() : Set.copyOf(request.trialAreas());
    }

    private AccountView view(StaffAccount account) {
        return new AccountView(
                account.username(),
                account.displayName(),
                account.role(),
                account.areaKeys(),
                account.officeKey(),
                account.language(),
                account.enabled(),
                account.lockedUntil() != null && clock.instant().isBefore(account.lockedUntil()),
                account.version());
    }
}
