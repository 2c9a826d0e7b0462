package fi.kuntakokeilu.reporting.control;

import java.util.List;

/**
 * The outcome of {@link DisclosureVerifier}: what, if anything, a published table gives away.
 *
 * @param policyViolations cells published against the policy: a small count shown, a shown value
 *     that differs from the true count, a count marked not applicable, or a zero hidden although
 *     the policy promises that zeros are shown
 * @param exactlyDerivable hidden cells whose value follows from the published values and the row,
 *     column and grand-total sums alone
 * @param derivableWithBounds hidden cells whose value follows once a reader also uses that counts
 *     are non-negative and, when zeros are shown, that a hidden count is at least 1; includes every
 *     cell of {@code exactlyDerivable}
 */
public record DisclosureAudit(
        List<TableCell> policyViolations, List<TableCell> exactlyDerivable, List<TableCell> derivableWithBounds) {

    public DisclosureAudit {
        policyViolations = List.copyOf(policyViolations);
        exactlyDerivable = List.copyOf(exactlyDerivable);
        derivableWithBounds = List.copyOf(derivableWithBounds);
    }

    /** Nothing published against the policy and no hidden cell derivable. */
    public boolean isSafe() {
        return policyViolations.isEmpty() && exactlyDerivable.isEmpty() && derivableWithBounds.isEmpty();
    }

    @Override
    public String toString() {
        return "policy violations " + policyViolations + ", exactly derivable " + exactlyDerivable
                + ", derivable with bounds " + derivableWithBounds;
    }
}
