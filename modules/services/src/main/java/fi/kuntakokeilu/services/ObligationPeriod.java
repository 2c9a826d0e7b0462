package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One review period of the job-application obligation: whole days from {@code start} to {@code end}
 * inclusive, and the applications required in it.
 */
public record ObligationPeriod(LocalDate start, LocalDate end, int required) {

    public ObligationPeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start) || required < 0) {
            throw new IllegalArgumentException("not a period: " + start + "–" + end + ", " + required);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
