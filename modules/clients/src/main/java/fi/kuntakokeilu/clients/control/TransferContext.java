package fi.kuntakokeilu.clients.control;

import fi.kuntakokeilu.organisations.AreaMap;
import java.util.List;

/**
 * Everything the rules and the planner read besides the person, taken once: the rule versions and
 * settings, which municipality belonged to which area when, and the areas' trial periods. A bulk
 * run takes one context for its whole life, so all its decisions rest on the same reference data.
 */
public record TransferContext(TargetGroupRules rules, TransferPlanner planner, AreaMap areas, TrialCalendar calendar) {

    public static TransferContext of(
            List<RuleVersion> versions, RuleSettings settings, AreaMap areas, TrialCalendar calendar) {
        return new TransferContext(
                new TargetGroupRules(versions, settings),
                new TransferPlanner(areas, calendar, settings),
                areas,
                calendar);
    }

    public RuleSettings settings() {
        return rules.settings();
    }
}
