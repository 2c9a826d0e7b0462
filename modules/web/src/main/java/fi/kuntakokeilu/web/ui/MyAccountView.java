package fi.kuntakokeilu.web.ui;

import fi.kuntakokeilu.organisations.AccountView;
import fi.kuntakokeilu.organisations.Accounts;
import fi.kuntakokeilu.organisations.PasswordChange;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** My account: who I am and where I work, and changing my password. */
@Named
@ViewScoped
public class MyAccountView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    FacesProblems problems;

    private AccountView account;
    private String currentPassword;
    private String newPassword;

    public AccountView getAccount() {
        if (account == null) {
            account = accounts.me();
        }
        return account;
    }

    public void changePassword() {
        Boolean changed = problems.attempt(
                () -> {
                    accounts.changePassword(new PasswordChange(currentPassword, newPassword));
                    return Boolean.TRUE;
                },
                Map.of("currentPassword", "password:current", "newPassword", "password:new"));
        currentPassword = null;
        newPassword = null;
        if (changed != null) {
            problems.confirm("account.passwordChanged");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
