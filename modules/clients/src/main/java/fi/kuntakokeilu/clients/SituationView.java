package fi.kuntakokeilu.clients;

import java.time.LocalDate;

/** The situation of a job seeker from a day on, as one row of its history. */
public record SituationView(
        LocalDate effectiveFrom,
        LabourMarketStatus labourMarketStatus,
        UnemploymentBenefit unemploymentBenefit,
        String homeMunicipality,
        Integer exclusionItem,
        String source) {}
