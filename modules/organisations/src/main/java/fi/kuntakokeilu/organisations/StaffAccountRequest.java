package fi.kuntakokeilu.organisations;

import fi.kuntakokeilu.platform.security.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * An account to create or change. Caseworkers and area managers need at least one trial area,
 * office staff an employment office, and other roles neither. {@code password} is required when
 * creating (the user changes it afterwards) and ignored when changing; {@code version} is required
 * when changing.
 */
public record StaffAccountRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,99}", message = "{organisations.account.username.format}")
        String username,

        @NotBlank @Size(max = 200) String displayName,
        @NotNull Role role,
        Set<String> trialAreas,
        @Size(max = 40) String employmentOffice,
        String password,
        Boolean enabled,
        Long version) {

    @Override
    public String toString() {
        return "StaffAccountRequest[" + username + ", " + role + "]";
    }
}
