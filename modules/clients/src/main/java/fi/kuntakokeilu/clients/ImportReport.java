package fi.kuntakokeilu.clients;

import java.time.Instant;
import java.util.List;

/**
 * How an import went: data lines read, persons added, changed, found unchanged, and rows refused.
 * {@code errors} lists refused rows up to a limit; {@code errorsNotListed} says how many more there
 * are (all of them can be paged through).
 *
 * @param status RUNNING, COMPLETED, or FAILED (when the file itself could not be read)
 */
public record ImportReport(
        long id,
        String status,
        long lines,
        long inserted,
        long updated,
        long unchanged,
        long rejected,
        List<ImportRowError> errors,
        long errorsNotListed,
        String failure,
        Instant startedAt,
        Instant finishedAt) {

    public ImportReport {
        errors = List.copyOf(errors);
    }
}
