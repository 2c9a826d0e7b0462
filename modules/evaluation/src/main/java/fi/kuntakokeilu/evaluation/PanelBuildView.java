package fi.kuntakokeilu.evaluation;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A build of the monthly status panel: full (every configured month), of one month, or nightly
 * (the rows of the people whose sources changed, in every month), and how far it has come.
 *
 * @param kind FULL, MONTH or NIGHTLY
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
