package fi.kuntakokeilu.organisations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/**
 * Staff accounts: the signed-in user's own account (password, language) for everyone, and the
 * accounts of others, with their roles and scopes, for administrators.
 */
public interface Accounts {

    /** The signed-in user's account. */
    AccountView me();

    /** Changes the signed-in user's password after checking the current one. */
    void changePassword(@NotNull @Valid PasswordChange change);

    /** The language the user works in (fi, sv or en), kept for their next sessions. */
    AccountView changeLanguage(
            @NotNull @Pattern(regexp = "fi|sv|en", message = "{organisations.language.unknown}") String language);

    List<AccountView> all();

    AccountView create(@NotNull @Valid StaffAccountRequest request);

    AccountView update(@NotNull String username, @NotNull @Valid StaffAccountRequest request);
}
