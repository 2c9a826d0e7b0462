package fi.kuntakokeilu.services;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Makes a caseworker responsible for a customer.
 *
 * @param caseworker the staff account; null or {@code me} for the caller (a caseworker taking the
 *     customer)
 * @param since the day the caseworker becomes responsible; null for today. Not in the future, not
 *     before the area took the customer over, not before the assignment in force began.
 * @param version the version of {@link ResponsibleCaseworkerView} the change is based on (0 when
 *     nobody has been assigned); a stale one is refused with 409
 */
public record CaseworkerAssignmentRequest(
        @Size(max = 100) @Pattern(regexp = "[\\p{L}\\p{N}._@-]+", message = "{services.caseworker.invalid}")
        String caseworker,

        LocalDate since,
        @NotNull @Min(0) Long version) {}
