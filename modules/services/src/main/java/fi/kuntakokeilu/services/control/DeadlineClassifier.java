package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.services.Deadline;
import fi.kuntakokeilu.services.DeadlineStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Where the deadlines of a worklist stand today, and their order: earliest due first, so the most
 * overdue item heads the list. Pure, so every worklist query shares one reading of "due soon".
 *
 * <p>A deadline is {@link DeadlineStatus#OVERDUE} once its due date has passed, {@link
 * DeadlineStatus#DUE_TODAY} on the day, {@link DeadlineStatus#DUE_SOON} when it is at most N calendar
 * days ahead (7 by default, configurable as {@code services.worklist.due-soon-days}), and {@link
 * DeadlineStatus#LATER} beyond that.
 */
public final class DeadlineClassifier {

    public static final int DEFAULT_DUE_SOON_DAYS = 7;

    private final int dueSoonDays;

    public DeadlineClassifier(int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("due soon is 0 days or more ahead: " + dueSoonDays);
        }
        this.dueSoonDays = dueSoonDays;
    }

    public static DeadlineClassifier withDefaults() {
        return new DeadlineClassifier(DEFAULT_DUE_SOON_DAYS);
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }

    public DeadlineStatus classify(LocalDate dueDate, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, dueDate);
        if (daysLeft < 0) {
            return DeadlineStatus.OVERDUE;
        }
        if (daysLeft == 0) {
            return DeadlineStatus.DUE_TODAY;
        }
        return daysLeft <= dueSoonDays ? DeadlineStatus.DUE_SOON : DeadlineStatus.LATER;
    }

    /**
     * Every item with its status, earliest due date first; items due on the same day keep the order
     * they were given in.
     */
    public <T> List<Deadline<T>> classify(Collection<T> items, Function<T, LocalDate> dueDate, LocalDate today) {
        return items.stream()
                .map(item -> {
                    LocalDate due = dueDate.apply(item);
                    return new Deadline<>(item, due, classify(due, today), ChronoUnit.DAYS.between(today, due));
                })
                .sorted(Comparator.comparing(Deadline::dueDate))
                .toList();
    }

    /** Only the items that need attention now: overdue, due today or due soon, earliest first. */
    public <T> List<Deadline<T>> needingAttention(
            Collection<T> items, Function<T, LocalDate> dueDate, LocalDate today) {
        return classify(items, dueDate, today).stream()
                .filter(deadline -> deadline.status() != DeadlineStatus.LATER)
                .toList();
    }
}
