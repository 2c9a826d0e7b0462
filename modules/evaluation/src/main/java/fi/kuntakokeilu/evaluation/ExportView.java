package fi.kuntakokeilu.evaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A pseudonymised research export and its progress. No person appears here.
 *
 * @param status PREPARING (claimed, panel being brought up to date), RUNNING, COMPLETED, FAILED or
 *     INTERRUPTED (silent too long: restart it to resume from its checkpoint)
 * @param scheduledFor the night of a scheduled export; null for one on demand
 * @param filesDeleted whether the retention rule has deleted its files (its manifest stays)
 */
public record ExportView(
        long id,
        Long snapshotId,
        String project,
        String keyId,
        String status,
        LocalDate scheduledFor,
        String requestedBy,
        Instant requestedAt,
        Instant startedAt,
        Instant finishedAt,
        int monthsDone,
        int monthsTotal,
        long rowsWritten,
        long rowsTotal,
        String failure,
        boolean filesDeleted,
        List<ExportFile> files) {

    /** A file of an export, as its manifest lists it. */
    public record ExportFile(String name, Long rows, long bytes, String sha256) {}
}
