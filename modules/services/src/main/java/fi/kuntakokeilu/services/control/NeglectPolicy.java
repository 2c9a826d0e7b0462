package fi.kuntakokeilu.services.control;

import java.util.List;

/**
 * The neglect ladder's settings: how many days without benefit each repeated neglect costs, the
 * longest suspension the law allows, and the window within which neglects count as repeated.
 *
 * <p>Defaults (Unemployment Security Act 1290/2002 ch. 2a as amended by 1380/2021, in force
 * 2.5.2022): the first neglect brings a reminder, the second 7 days and the third 14 days without
 * benefit; no suspension is longer than 45 days; neglects count as repeated within a review period of
 * 12 months. Configurable (see {@link ServiceRuleSettings}) because the law has changed before and
 * the domain brief leaves the reset of the ladder open.
 *
 * @param suspensionDays the days without benefit for the second, third ... neglect in the window; a
 *     neglect beyond the last step repeats the last step
 * @param maxSuspensionDays the longest suspension allowed; no step may exceed it
 * @param reviewWindowMonths a neglect counts towards the ladder while it is less than this many months
 *     old
 */
public record NeglectPolicy(List<Integer> suspensionDays, int maxSuspensionDays, int reviewWindowMonths) {

    public static final List<Integer> DEFAULT_SUSPENSION_DAYS = List.of(7, 14);
    public static final int DEFAULT_MAX_SUSPENSION_DAYS = 45;
    public static final int DEFAULT_REVIEW_WINDOW_MONTHS = 12;
    public static final NeglectPolicy DEFAULT =
            new NeglectPolicy(DEFAULT_SUSPENSION_DAYS, DEFAULT_MAX_SUSPENSION_DAYS, DEFAULT_REVIEW_WINDOW_MONTHS);

    /**
     * @throws IllegalArgumentException for a ladder that is empty, has a step of no days, steps down,
     *     or has a step longer than the cap; or for a cap or window below 1
     */
    public NeglectPolicy {
        suspensionDays = List.copyOf(suspensionDays);
        if (maxSuspensionDays < 1) {
            throw new IllegalArgumentException("the longest suspension must be at least a day: " + maxSuspensionDays);
        }
        if (reviewWindowMonths < 1) {
            throw new IllegalArgumentException("the review window must be at least a month: " + reviewWindowMonths);
        }
        if (suspensionDays.isEmpty()) {
            throw new IllegalArgumentException("the ladder needs at least one suspension step");
        }
        int previous = 1;
        for (int days : suspensionDays) {
            if (days < previous) {
                throw new IllegalArgumentException(
                        "each step must be at least a day and no shorter than the one before: " + suspensionDays);
            }
            if (days > maxSuspensionDays) {
                throw new IllegalArgumentException("a step of " + days
                        + " days exceeds the longest suspension the law allows (" + maxSuspensionDays + " days)");
            }
            previous = days;
        }
    }
}
