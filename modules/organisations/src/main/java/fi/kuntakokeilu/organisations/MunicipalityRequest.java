package fi.kuntakokeilu.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A municipality's names, office region and comparison status. {@code version} is required when
 * changing an existing municipality.
 */
public record MunicipalityRequest(
        @NotBlank @Size(max = 100) String nameFi,
        @Size(max = 100) String nameSv,
        @Size(max = 40) String employmentOffice,
        LocalDate comparisonSince,
        Long version) {}
