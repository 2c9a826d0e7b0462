package fi.kuntakokeilu.services;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An item of a worklist with its due date and where that stands today.
 *
 * @param item what is due (an interview, a plan review, an obligation period)
 * @param dueDate the last day on which it is on time
 * @param status overdue, due today, due soon or later
 * @param daysLeft calendar days from today to the due date; negative when overdue
 */
public record Deadline<T>(T item, LocalDate dueDate, DeadlineStatus status, long daysLeft) {

    public Deadline {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(status, "status");
    }
}
