package fi.kuntakokeilu.services;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A customer's period in a service, new or changed.
 *
 * @param version on a change, the version read; a stale one is refused (409)
 */
public record ServicePeriodRequest(
        @NotBlank @Size(max = 40) String serviceCode,
        @NotBlank @Size(max = 200) String provider,
        @NotNull ServicePeriodStatus status,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        Long version) {}
