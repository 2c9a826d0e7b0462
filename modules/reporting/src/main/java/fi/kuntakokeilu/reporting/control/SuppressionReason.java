package fi.kuntakokeilu.reporting.control;

/**
 * Why a cell is hidden. Kept for the report's own checks and for an administrator's audit of a
 * table; never published, because the public figure must not say whether a hidden count is small
 * (see {@link fi.kuntakokeilu.reporting.FigureStatus#SUPPRESSED}).
 */
public enum SuppressionReason {
    /** Primary suppression: the count itself is under the threshold (or a zero, when zeros are hidden). */
    SMALL_COUNT,
    /**
     * Secondary suppression: the count may be published on its own, but is hidden so that a small
     * count cannot be worked out from the totals.
     */
    COMPLEMENTARY
}
