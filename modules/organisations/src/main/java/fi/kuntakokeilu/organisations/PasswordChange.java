package fi.kuntakokeilu.organisations;

import jakarta.validation.constraints.NotNull;

/** The current password, to prove it is the owner asking, and the new one. */
public record PasswordChange(
        @NotNull String currentPassword, @NotNull String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
