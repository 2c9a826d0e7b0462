package fi.kuntakokeilu.organisations;

import fi.kuntakokeilu.platform.identity.ValidMunicipalityCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new trial area, or new facts about one. {@code key} is required when creating (lower-case
 * letters, digits and hyphens); {@code version} is required when changing, and must be the version
 * the caller read.
 */
public record TrialAreaRequest(
        @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,59}", message = "{organisations.trialArea.key.format}")
        String key,

        @NotBlank @Size(max = 200) String nameFi,
        @Size(max = 200) String nameSv,
        @ValidMunicipalityCode String leadMunicipality,
        @NotNull LocalDate startsOn,
        LocalDate endsOn,
        @NotNull TrialAreaStatus status,
        @Size(max = 200) String ownerOrganisation,
        @DecimalMin("0") BigDecimal budgetEur,
        @Size(max = 200) String contactName,
        @Email @Size(max = 200) String contactEmail,
        Long version) {}
