package fi.kuntakokeilu.clients;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A bulk transfer run: every job seeker (or those of one trial area) evaluated on a day and moved
 * where the rules say. A dry run moves nobody and previews what a real run would do.
 */
public record TransferRunRequest(
        @NotNull LocalDate effectiveDate,
        @Size(max = 60) String trialArea,
        @NotNull Boolean dryRun) {}
