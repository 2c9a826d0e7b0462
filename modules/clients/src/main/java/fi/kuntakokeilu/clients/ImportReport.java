package fi.kuntakokeilu.clients;

import java.time.Instant;
import java.util.List;

/**
 * How an import went: data lines read, persons added, changed, found unchanged, and rows refused.
 * {@code errors} lists refused rows up to a limit; {@code errorsNotListed} says how many more there
 * are (all of them can be paged through).
 *
 * @param status RUNNING, COMPLETED, or FAILED (when the file itself could not be read)
 * @param totalLines for an import run in the background, the file's data lines (non-blank lines
 *     after the header, counted when the file was stored): {@code lines} of {@code totalLines} is its
 *     progress; null for an import read in the request
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
        Instant finishedAt,
        Long totalLines) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** Percent of the file's lines read, 100 once finished; 0 when the total is unknown. */
    public int percentDone() {
        if (!running()) {
            return 100;
        }
        if (totalLines == null || totalLines <= 0) {
            return 0;
        }
        return (int) Math.min(99, lines * 100 / totalLines);
    }
}
