package fi.kuntakokeilu.reporting;

/**
 * Whether a published figure carries a number, and if not, why not. The symbols are those of
 * Statistics Finland's tables, so a CSV or PDF rendering reads the way Finnish statistics readers
 * expect.
 */
public enum FigureStatus {
    /** The number is published. */
    SHOWN(""),
    /**
     * Withheld for confidentiality: a small count, a complementary suppression that protects one, or
     * a figure computed from either. Deliberately one status for all three: telling a reader which
     * hidden cell is small and which is a complement would tell them that the first lies under the
     * threshold and the second at or above it, and those bounds can be enough to solve a table.
     */
    SUPPRESSED(".."),
    /** The figure does not exist: a share of nothing, a change against a period with no count. */
    NOT_APPLICABLE(".");

    private final String symbol;

    FigureStatus(String symbol) {
        this.symbol = symbol;
    }

    /** Statistics Finland's symbol for a figure without a number: {@code ..} or {@code .}. */
    public String symbol() {
        return symbol;
    }
}
