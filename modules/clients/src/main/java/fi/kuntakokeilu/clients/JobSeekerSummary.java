package fi.kuntakokeilu.clients;

import java.time.LocalDate;

/** A job seeker in a list: enough to pick the right person, without the identity code. */
public record JobSeekerSummary(
        long id,
        String firstName,
        String lastName,
        LocalDate birthDate,
        String homeMunicipality,
        LabourMarketStatus labourMarketStatus,
        ResponsibleBody responsibleBody) {}
