package fi.kuntakokeilu.services.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configurable service rules, read from MicroProfile Config and handed to the rules as plain
 * objects. Each key's default is the rule's default:
 *
 * <ul>
 *   <li>{@code services.neglect.suspension-days} (default {@code 7,14}): days without benefit for the
 *       second, third ... neglect in the review window;
 *   <li>{@code services.neglect.max-suspension-days} (default {@code 45}): the longest suspension
 *       the law allows; a ladder with a longer step is refused when the rules are first used;
 *   <li>{@code services.neglect.review-window-months} (default {@code 12}): the window within which
 *       neglects count as repeated (the ladder's reset: the brief leaves it open);
 *   <li>{@code services.worklist.due-soon-days} (default {@code 7}): how many days ahead a worklist
 *       deadline counts as due soon;
 *   <li>{@code services.worklist.service-ending-days} (default {@code 14}): how many days ahead the
 *       end of an ongoing service period puts it on the worklist;
 *   <li>{@code services.schedule.horizon-months} (default {@code 12}): how far ahead of a plan's day
 *       its interviews and discussions are put on the calendar (far enough for the first intensive
 *       period at six months).
 * </ul>
 */
@ApplicationScoped
public class ServiceRuleSettings {

    @Inject
    @ConfigProperty(name = "services.neglect.suspension-days", defaultValue = "7,14")
    List<Integer> suspensionDays;

    @Inject
    @ConfigProperty(
            name = "services.neglect.max-suspension-days",
            defaultValue = "" + NeglectPolicy.DEFAULT_MAX_SUSPENSION_DAYS)
    int maxSuspensionDays;

    @Inject
    @ConfigProperty(
            name = "services.neglect.review-window-months",
            defaultValue = "" + NeglectPolicy.DEFAULT_REVIEW_WINDOW_MONTHS)
    int reviewWindowMonths;

    @Inject
    @ConfigProperty(
            name = "services.worklist.due-soon-days",
            defaultValue = "" + DeadlineClassifier.DEFAULT_DUE_SOON_DAYS)
    int dueSoonDays;

    @Inject
    @ConfigProperty(name = "services.worklist.service-ending-days", defaultValue = "14")
    int serviceEndingDays;

    @Inject
    @ConfigProperty(name = "services.schedule.horizon-months", defaultValue = "12")
    int scheduleHorizonMonths;

    public int serviceEndingDays() {
        return serviceEndingDays;
    }

    public int scheduleHorizonMonths() {
        return scheduleHorizonMonths;
    }

    public NeglectPolicy neglectPolicy() {
        return new NeglectPolicy(suspensionDays, maxSuspensionDays, reviewWindowMonths);
    }

    @Produces
    NeglectLadder neglectLadder() {
        return new NeglectLadder(neglectPolicy());
    }

    @Produces
    DeadlineClassifier deadlineClassifier() {
        return new DeadlineClassifier(dueSoonDays);
    }
}
