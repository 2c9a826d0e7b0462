package fi.kuntakokeilu.services;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new plan, or a new version of one. Every update is a whole new version; the earlier ones stay.
 *
 * @param kind the kind of plan; required for a new plan, and may not change on an update
 * @param agreedOn the day the plan (version) was agreed with the customer
 * @param reviewDue the day of the next review; by default three months on (the interview and plan
 *     review interval of both rule regimes), moved to a working day
 * @param workSituation the customer's situation, which sets the job-application obligation (Nordic
 *     model, plans agreed from 2.5.2022); null when the plan records no obligation
 * @param agreedApplications fewer applications per period than the default, agreed in the plan
 * @param reductionReason why fewer; required with a reduction
 * @param layoffStartedOn the first day of a full lay-off
 * @param version on an update, the number of the version the change was made to; a stale number is
 *     refused (409) so that nothing is silently overwritten
 */
public record PlanRequest(
        PlanKind kind,
        @NotNull @PastOrPresent LocalDate agreedOn,
        LocalDate reviewDue,
        @NotBlank @Size(max = 4000) String agreedActions,
        WorkSituation workSituation,
        Integer agreedApplications,
        @Size(max = 1000) String reductionReason,
        LocalDate layoffStartedOn,
        @Min(1) Integer version) {}
