package fi.kuntakokeilu.organisations.control;

import fi.kuntakokeilu.organisations.MembershipView;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * Act 1269/2020 § 2–3: a municipality takes part in at most one trial area at a time. Memberships
 * are inclusive day ranges; an open end runs for ever.
 */
public final class MembershipRules {

    private MembershipRules() {}

    /** The existing membership of the same municipality that a new one would overlap, if any. */
    public static Optional<MembershipView> clash(
            Collection<MembershipView> sameMunicipality, LocalDate validFrom, LocalDate validTo, Long ignoredId) {
        return sameMunicipality.stream()
                .filter(existing -> ignoredId == null || existing.id() != ignoredId)
                .filter(existing -> overlaps(existing.validFrom(), existing.validTo(), validFrom, validTo))
                .findFirst();
    }

    static boolean overlaps(LocalDate aFrom, LocalDate aTo, LocalDate bFrom, LocalDate bTo) {
        boolean aEndsBeforeB = aTo != null && aTo.isBefore(bFrom);
        boolean bEndsBeforeA = bTo != null && bTo.isBefore(aFrom);
        return !aEndsBeforeB && !bEndsBeforeA;
    }
}
