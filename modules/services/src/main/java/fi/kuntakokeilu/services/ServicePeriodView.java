package fi.kuntakokeilu.services;

import java.time.LocalDate;

/** A customer's period in a service of the catalogue. */
public record ServicePeriodView(
        long id,
        long jobSeekerId,
        String serviceCode,
        boolean activeService,
        String provider,
        ServicePeriodStatus status,
        LocalDate startDate,
        LocalDate endDate,
        long version) {}
