package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Nordic model: the one-month intensive period that starts when the job search has lasted six
 * months, and again every half year (12, 18, ... months).
 *
 * @param number 1 for the period at six months, 2 at twelve months, and so on
 * @param start the first day
 * @param end the last day (inclusive): one month after the start, less a day
 */
public record IntensivePeriod(int number, LocalDate start, LocalDate end) {

    public IntensivePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (number < 1 || end.isBefore(start)) {
            throw new IllegalArgumentException("not an intensive period: " + number + " " + start + "–" + end);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
