package fi.kuntakokeilu.clients;

import java.time.Instant;
import java.time.LocalDate;

/** A bulk transfer run and its progress: {@code processed} of {@code total} job seekers so far. */
public record TransferRunView(
        long id,
        LocalDate effectiveDate,
        String trialArea,
        boolean dryRun,
        TransferRunStatus status,
        long processed,
        long total,
        TransferCounts transferred,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        String failure) {}
