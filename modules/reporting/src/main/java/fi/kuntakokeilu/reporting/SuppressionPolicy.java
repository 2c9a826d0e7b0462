package fi.kuntakokeilu.reporting;

/**
 * The disclosure-control rule for every aggregate an evaluator sees: counts under {@code threshold}
 * are not published, and nor is any cell from which such a count could be worked out.
 *
 * <p>The domain brief sets Statistics Finland's practice of hiding cells under a threshold and
 * leaves the threshold open: it is configurable ({@code reporting.suppression.threshold}, default
 * {@value #DEFAULT_THRESHOLD}).
 *
 * <p><b>Zeros are shown by default</b> ({@code reporting.suppression.suppress-zeros=false}), as in
 * many of Statistics Finland's tables. A true zero describes nobody, so it cannot identify a person;
 * areas and categories with nobody in them are common in this trial (an area before its start
 * date, fully laid-off customers in a small municipality); and hiding every zero would force far
 * more complementary suppressions and blank much of a small area's report. The price is known and
 * accounted for: when zeros are always shown, a reader knows that every hidden count is at least 1,
 * and the complementary suppression protects against that knowledge too (see {@code
 * fi.kuntakokeilu.reporting.control.SmallCellSuppressor}). Where a zero itself would be sensitive
 * (a category whose absence in a small group says something about everyone in it), set {@code
 * suppress-zeros=true}: zeros are then treated as small counts.
 *
 * @param threshold the smallest count that may be published; at least 1 (1 publishes every count)
 * @param suppressZeros whether a zero is hidden like a small count
 */
public record SuppressionPolicy(int threshold, boolean suppressZeros) {

    /** Statistics Finland's customary threshold, the default of {@code reporting.suppression.threshold}. */
    public static final int DEFAULT_THRESHOLD = 5;

    public SuppressionPolicy {
        if (threshold < 1) {
            throw new IllegalArgumentException("the suppression threshold is at least 1: " + threshold);
        }
    }

    /** The default policy: threshold {@value #DEFAULT_THRESHOLD}, zeros shown. */
    public static SuppressionPolicy defaults() {
        return new SuppressionPolicy(DEFAULT_THRESHOLD, false);
    }

    /** Whether a count must be hidden for its own sake (primary suppression). */
    public boolean isSmall(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is never negative: " + count);
        }
        return count < threshold && (count > 0 || suppressZeros);
    }

    /**
     * The least value a reader may assume for any hidden count under this policy: 1 when zeros are
     * always shown (a hidden cell cannot be zero), else 0 (counts are never negative).
     */
    public long leastHiddenCount() {
        return suppressZeros ? 0 : 1;
    }
}
