package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.Figure;
import fi.kuntakokeilu.reporting.FigureStatus;
import fi.kuntakokeilu.reporting.PeriodChange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Figures computed from published counts: sums, shares, rates and changes. A figure computed from a
 * hidden count is hidden too, otherwise the share of a hidden cell in a shown total, or this month's
 * change on last month's hidden count, would give the count back.
 *
 * <p>Rules, in this order: if any input is {@link FigureStatus#SUPPRESSED}, the result is suppressed;
 * else if any input is {@link FigureStatus#NOT_APPLICABLE}, or the divisor is zero, the result is
 * not applicable; else it is computed.
 *
 * <p>Rounding: percentages are rounded to {@value #PERCENT_SCALE} decimal by {@link
 * RoundingMode#HALF_UP}, that is half away from zero (12.25 → 12.3, −12.25 → −12.3), the rule
 * Statistics Finland uses in its tables. Rounding happens once, on the exact quotient; a caller
 * that wants whole percentages, as in TEM's monthly reviews, passes scale 0.
 */
public final class DerivedFigures {

    /** Decimals of a percentage unless the caller asks otherwise. */
    public static final int PERCENT_SCALE = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DerivedFigures() {}

    /**
     * The sum of figures, for example unemployed plus persons in services. Hidden if any part is
     * hidden: publishing the sum of hidden cells adds an equation the suppression did not allow for.
     */
    public static Figure sum(Figure... parts) {
        Figure withheld = withheld(parts);
        if (withheld != null) {
            return withheld;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Figure part : parts) {
            sum = sum.add(part.value());
        }
        return Figure.shown(sum);
    }

    /** {@code part / whole × 100}, rounded to {@value #PERCENT_SCALE} decimal half away from zero. */
    public static Figure share(Figure part, Figure whole) {
        return share(part, whole, PERCENT_SCALE);
    }

    /** {@code part / whole × 100}, rounded to {@code scale} decimals half away from zero. */
    public static Figure share(Figure part, Figure whole, int scale) {
        Figure withheld = withheld(part, whole);
        if (withheld != null) {
            return withheld;
        }
        if (whole.value().signum() == 0) {
            return Figure.notApplicable();
        }
        return Figure.shown(percent(part.value(), whole.value(), scale));
    }

    /**
     * The activation rate as TEM defines it: persons in active services / (unemployed + persons in
     * active services) × 100, rounded to {@value #PERCENT_SCALE} decimal half away from zero.
     */
    public static Figure activationRate(Figure inActiveServices, Figure unemployed) {
        return share(inActiveServices, sum(unemployed, inActiveServices));
    }

    /**
     * The change of a count on an earlier period (the previous month, or the same month a year
     * earlier): {@code current − earlier}, and that as a percentage of {@code earlier}, rounded to
     * {@value #PERCENT_SCALE} decimal half away from zero. Hidden if either count is hidden; the
     * percentage is not applicable when the earlier count is zero.
     */
    public static PeriodChange change(Figure current, Figure earlier) {
        Figure withheld = withheld(current, earlier);
        if (withheld != null) {
            return new PeriodChange(withheld, withheld);
        }
        BigDecimal difference = current.value().subtract(earlier.value());
        Figure percent = earlier.value().signum() == 0
                ? Figure.notApplicable()
                : Figure.shown(percent(difference, earlier.value(), PERCENT_SCALE));
        return new PeriodChange(Figure.shown(difference), percent);
    }

    private static BigDecimal percent(BigDecimal numerator, BigDecimal denominator, int scale) {
        return numerator.multiply(HUNDRED).divide(denominator, scale, RoundingMode.HALF_UP);
    }

    /** The figure to return instead of a computed one, or {@code null} when all inputs are shown. */
    private static Figure withheld(Figure... inputs) {
        boolean notApplicable = false;
        for (Figure input : inputs) {
            Objects.requireNonNull(input, "figure");
            if (input.isSuppressed()) {
                return Figure.suppressed();
            }
            notApplicable |= input.status() == FigureStatus.NOT_APPLICABLE;
        }
        return notApplicable ? Figure.notApplicable() : null;
    }
}
