package fi.kuntakokeilu.clients.control;

import java.time.LocalDate;
import java.util.Set;

/**
 * The parts of the transfer rules that the sources leave open, as configuration (MicroProfile
 * Config, prefix {@code clients.}; see {@code ClientsConfiguration} for keys and defaults).
 *
 * @param exclusionItemsInForce which items (1–3) of PES Act ch. 5a § 2(1) exclude a person from the
 *     target group. Their content is open in the domain brief, so none is in force by default; an
 *     item recorded on a person while not in force changes nothing.
 * @param returnWhenLeavingTargetGroup whether a trial-area customer who leaves the target group by
 *     status or benefit (becomes employed, starts earnings-related allowance at 30+) goes back to
 *     the office. Default false: the Act returns customers only on moving, exclusion, discretion
 *     or the trial's end, and the ministry's monthly reviews count employed and studying job
 *     seekers among the trial areas' customers (domain brief, "What the ministry followed"), so a
 *     customer who finds work stays with the area that found it with them.
 * @param discretionFrom the first day the office may keep or return a customer on discretionary
 *     grounds (1 June 2021, Act 1269/2020 § 5 as amended)
 * @param entryDays days within which a person entering the target group is transferred (7, § 5)
 */
public record RuleSettings(
        Set<Integer> exclusionItemsInForce,
        boolean returnWhenLeavingTargetGroup,
        LocalDate discretionFrom,
        int entryDays) {

    public static final LocalDate DISCRETION_FROM = LocalDate.of(2021, 6, 1);

    /** The defaults: no exclusion in force, leavers stay, discretion from 1.6.2021, 7 days. */
    public static RuleSettings defaults() {
        return new RuleSettings(Set.of(), false, DISCRETION_FROM, 7);
    }

    public RuleSettings {
        exclusionItemsInForce = Set.copyOf(exclusionItemsInForce);
    }

    public RuleSettings withExclusions(Integer... items) {
        return new RuleSettings(Set.of(items), returnWhenLeavingTargetGroup, discretionFrom, entryDays);
    }

    public RuleSettings returningLeavers(boolean returning) {
        return new RuleSettings(exclusionItemsInForce, returning, discretionFrom, entryDays);
    }
}
