package fi.kuntakokeilu.services.control;

import fi.kuntakokeilu.services.NeglectConsequence;
import fi.kuntakokeilu.services.NeglectConsequence.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What a job seeker's repeated neglect of their obligations leads to (Unemployment Security Act
 * 1290/2002 ch. 2a as amended by 1380/2021, Nordic job-seeking model from 2.5.2022): the first neglect
 * brings a reminder, which leaves the benefit untouched; the next ones a statement to the benefit
 * payer of 7 and then 14 days without benefit. A neglect beyond the last step repeats it, and no
 * step is ever longer than the cap of 45 days.
 *
 * <p><b>When the ladder resets.</b> A neglect counts towards the ladder while it is less than the
 * review window (12 months) old: the count is of neglects in the window ending on the new neglect. A
 * job seeker who neglects nothing for 12 months is back at a reminder, and neglects further apart
 * than the window never escalate. Compliant months in between do not reset the count, because the
 * Act weighs repeated conduct within a 12-month review period rather than consecutive failures; a
 * reset after a run of compliant months would let a job seeker who fails every other month stay at
 * the reminder for ever. The window is configurable ({@link NeglectPolicy}).
 *
 * <p>The ladder counts every neglect it is given; which neglects belong together (job applications
 * only, or also missed interviews) is the caller's choice.
 */
public final class NeglectLadder {

    private final NeglectPolicy policy;

    public NeglectLadder(NeglectPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public static NeglectLadder withDefaults() {
        return new NeglectLadder(NeglectPolicy.DEFAULT);
    }

    public NeglectPolicy policy() {
        return policy;
    }

    /**
     * The consequence of a neglect, given the earlier ones; earlier neglects older than the window, or
     * dated after this one, do not count.
     */
    public NeglectConsequence consequenceOf(LocalDate neglectOn, Collection<LocalDate> earlierNeglects) {
        LocalDate windowStart = neglectOn.minusMonths(policy.reviewWindowMonths());
        long earlierInWindow = earlierNeglects.stream()
                .filter(earlier -> earlier.isAfter(windowStart) && !earlier.isAfter(neglectOn))
                .count();
        return consequenceOfNumber(neglectOn, Math.toIntExact(earlierInWindow + 1));
    }

    /** The consequences of a series of neglects, each weighed against those before it, in date order. */
    public List<NeglectConsequence> consequencesOf(Collection<LocalDate> neglects) {
        List<LocalDate> ordered = neglects.stream().sorted().toList();
        List<NeglectConsequence> consequences = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            consequences.add(consequenceOf(ordered.get(i), ordered.subList(0, i)));
        }
        return consequences;
    }

    /** The days without benefit for the n-th neglect in the window: 0 (a reminder) for the first. */
    public int daysWithoutBenefit(int neglectNumber) {
        if (neglectNumber < 1) {
            throw new IllegalArgumentException("neglects are counted from 1: " + neglectNumber);
        }
        if (neglectNumber == 1) {
            return 0;
        }
        List<Integer> steps = policy.suspensionDays();
        int step = steps.get(Math.min(neglectNumber - 2, steps.size() - 1));
        return Math.min(step, policy.maxSuspensionDays());
    }

    private NeglectConsequence consequenceOfNumber(LocalDate neglectOn, int neglectNumber) {
        int days = daysWithoutBenefit(neglectNumber);
        return new NeglectConsequence(
                neglectOn, neglectNumber, days == 0 ? Kind.REMINDER : Kind.BENEFIT_STATEMENT, days);
    }
}
