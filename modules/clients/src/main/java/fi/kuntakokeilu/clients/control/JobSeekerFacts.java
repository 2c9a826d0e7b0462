package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.clients.LabourMarketStatus;
import fi.kuntakokeilu.clients.UnemploymentBenefit;
import java.time.LocalDate;

/**
 * What the target-group rule reads about a person on one day: fixed facts (birth date, mother
 * tongue, immigrant) and the situation in effect that day.
 *
 * @param motherTongue three-letter ISO 639 code (see {@link MotherTongues})
 * @param exclusionItem the exclusion item recorded in the situation, or null
 */
public record JobSeekerFacts(
        LocalDate birthDate,
        String motherTongue,
        boolean immigrant,
        LabourMarketStatus labourMarketStatus,
        UnemploymentBenefit unemploymentBenefit,
        String homeMunicipality,
        Integer exclusionItem) {}
