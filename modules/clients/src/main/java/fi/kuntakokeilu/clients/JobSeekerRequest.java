package fi.kuntakokeilu.clients;

import fi.kuntakokeilu.platform.identity.ValidMunicipalityCode;
import fi.kuntakokeilu.platform.identity.ValidPersonalIdentityCode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A person registering as a job seeker. Birth date and sex come from the identity code; the mother
 * tongue is an ISO 639 code of two or three letters ({@code fi}, {@code sv}, {@code se}, {@code smn},
 * {@code sms}), stored as three. The home municipality must be one the system can place: in a trial
 * area or in a known employment office's region.
 *
 * @param educationLevel Statistics Finland's 2016 classification, 0–9 (ISCED 2011)
 */
public record JobSeekerRequest(
        @NotNull @ValidPersonalIdentityCode String personalIdentityCode,
        @NotBlank @Size(max = 100) String firstName,
        @NotBlank @Size(max = 100) String lastName,
        @NotNull @ValidMunicipalityCode String homeMunicipality,

        @NotNull @Pattern(regexp = "[A-Za-z]{2,3}", message = "{clients.motherTongue.format}")
        String motherTongue,

        Boolean immigrant,
        @NotNull LabourMarketStatus labourMarketStatus,
        @NotNull UnemploymentBenefit unemploymentBenefit,
        @NotNull @PastOrPresent LocalDate registeredOn,
        @Min(0) @Max(9) Integer educationLevel,
        @Email @Size(max = 200) String email,

        @Pattern(regexp = "\\+?[0-9 ()-]{5,40}", message = "{clients.phone.format}")
        String phone,

        @Size(max = 200) String streetAddress,

        @Pattern(regexp = "\\d{5}", message = "{clients.postalCode.format}")
        String postalCode,

        @Size(max = 100) String postOffice) {

    /** The fields the trial's API requires, with no contact details. */
    public static JobSeekerRequest of(
            String personalIdentityCode,
            String firstName,
            String lastName,
            String homeMunicipality,
            String motherTongue,
            Boolean immigrant,
            LabourMarketStatus labourMarketStatus,
            UnemploymentBenefit unemploymentBenefit,
            LocalDate registeredOn) {
        return new JobSeekerRequest(
                personalIdentityCode,
                firstName,
                lastName,
                homeMunicipality,
                motherTongue,
                immigrant,
                labourMarketStatus,
                unemploymentBenefit,
                registeredOn,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    public boolean isImmigrant() {
        return Boolean.TRUE.equals(immigrant);
    }
}
