package fi.kuntakokeilu.evaluation;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A build of the monthly status panel: full (every configured month) or of one month, and how far
 * it has come.
 *
 * @param status RUNNING, COMPLETED, FAILED or INTERRUPTED (silent too long, another build took over)
 */
public record PanelBuildView(
        long id,
        String kind,
        YearMonth firstMonth,
        YearMonth lastMonth,
        String status,
        int monthsDone,
        int monthsTotal,
        long rowsWritten,
        String requestedBy,
        Instant startedAt,
        Instant finishedAt,
        String failure) {}
