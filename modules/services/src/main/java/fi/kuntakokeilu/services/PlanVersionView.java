package fi.kuntakokeilu.services;

import fi.kuntakokeilu.clients.ResponsibleBody;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a plan, as it was agreed.
 *
 * @param madeBy the body whose staff made this version
 * @param obligation the job-application obligation the version sets; null when none
 */
public record PlanVersionView(
        long planId,
        int versionNumber,
        LocalDate agreedOn,
        LocalDate reviewDue,
        ResponsibleBody madeBy,
        RuleRegime regime,
        String agreedActions,
        WorkSituation workSituation,
        LocalDate layoffStartedOn,
        ApplicationRequirement obligation,
        String recordedBy,
        Instant recordedAt) {}
