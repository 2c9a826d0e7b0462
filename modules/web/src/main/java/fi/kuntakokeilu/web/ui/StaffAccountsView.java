package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.organisations.AccountView;
import fi.kuntakokeilu.organisations.Accounts;
import fi.kuntakokeilu.organisations.EmploymentOfficeView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.StaffAccountRequest;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.platform.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Administrators' page of staff accounts: who may sign in, in which role, for which areas or office. */
@Named
@ViewScoped
public class StaffAccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    FacesProblems problems;

    @Inject
    LanguageView language;

    private List<AccountView> all;
    private boolean creating = true;
    private String username;
    private String displayName;
    private Role role = Role.CASEWORKER;
    private List<String> trialAreas = new ArrayList<>();
    private String employmentOffice;
    private String password;
    private boolean enabled = true;
    private Long version;

    public List<AccountView> getAll() {
        if (all == null) {
            all = accounts.all();
        }
        return all;
    }

    public void startNew() {
        creating = true;
        username = null;
        displayName = null;
        role = Role.CASEWORKER;
        trialAreas = new ArrayList<>();
        employmentOffice = null;
        password = null;
        enabled = true;
        version = null;
    }

    public void edit(AccountView account) {
        creating = false;
        username = account.username();
        displayName = account.displayName();
        role = account.role();
        trialAreas = new ArrayList<>(account.trialAreas());
        employmentOffice = account.employmentOffice();
        password = null;
        enabled = account.enabled();
        version = account.version();
    }

    public void save() {
        StaffAccountRequest request = new StaffAccountRequest(
                username,
                displayName,
                role,
                new HashSet<>(trialAreas),
                employmentOffice == null || employmentOffice.isBlank() ? null : employmentOffice,
                password,
                enabled,
                version);
        Map<String, String> fields = Map.of(
                "username", "account:username",
                "displayName", "account:displayName",
                "role", "account:role",
                "trialAreas", "account:areas",
                "employmentOffice", "account:office",
                "password", "account:password");
        AccountView saved = problems.attempt(
                () -> creating ? accounts.create(request) : accounts.update(username, request), fields);
        if (saved != null) {
            all = null;
            edit(saved);
            problems.confirm("accounts.saved");
        }
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<TrialAreaView> getAreas() {
        return organisations.trialAreas();
    }

    public List<EmploymentOfficeView> getOffices() {
        return organisations.employmentOffices();
    }

    public String areaName(TrialAreaView area) {
        return area.name(language.getLocale());
    }

    public String officeName(EmploymentOfficeView office) {
        return "sv".equals(language.getLanguage()) && office.nameSv() != null ? office.nameSv() : office.nameFi();
    }

    public boolean isCreating() {
        return creating;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<String> getTrialAreas() {
        return trialAreas;
    }

    public void setTrialAreas(List<String> trialAreas) {
        this.trialAreas = trialAreas;
    }

    public String getEmploymentOffice() {
        return employmentOffice;
    }

    public void setEmploymentOffice(String employmentOffice) {
        this.employmentOffice = employmentOffice;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
