package fi.kuntakokeilu.clients;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A discretionary transfer (Act 1269/2020 § 5, from 1.6.2021): a customer returned to the
 * employment office, or placed in a trial area other than their home municipality's, which then
 * needs that area's consent. For a return, {@code to} names the type {@code EMPLOYMENT_OFFICE}; the
 * office is always the one of the home municipality's region.
 */
public record DiscretionaryTransferRequest(
        @NotNull @Valid ResponsibleBody to,
        @NotNull @PastOrPresent LocalDate effectiveDate,
        @NotNull DiscretionaryReason reason,
        @Size(max = 1000) String explanation) {}
