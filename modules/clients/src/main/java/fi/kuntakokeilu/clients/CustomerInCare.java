package fi.kuntakokeilu.clients;

import java.time.LocalDate;

/**
 * A customer as the modules that serve them (services) need them: who they are called, since when
 * they have been a job seeker, what benefit they receive, and which body is responsible for them now.
 * No identity code: serving a customer never needs it.
 *
 * @param responsibleSince the day the responsible body took the customer over
 */
public record CustomerInCare(
        long jobSeekerId,
        String firstName,
        String lastName,
        LocalDate registeredOn,
        LabourMarketStatus labourMarketStatus,
        UnemploymentBenefit unemploymentBenefit,
        ResponsibleBody responsibleBody,
        LocalDate responsibleSince) {}
