package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.organisations.EmploymentOfficeView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every night, reviews the job-application obligation of every customer under one (Unemployment
 * Security Act 1290/2002 ch. 2a): the periods that ended short of the requirement get their reminder
 * or benefit statement, which then waits on the worklist to be sent. One transaction per trial area
 * or office. The time is configuration ({@code services.obligation.review-at}, default 03:10), so the
 * timer is created here rather than by {@code @Schedule}; it is not persistent (a missed night is
 * caught up the next, as the review takes every neglected period). On a cluster the timer fires on
 * each instance; the first to claim the night's lock row ({@code svc_job_lock}, see {@link
 * fi.kuntakokeilu.services.control.NightlyClaims}) reviews, the others log and skip. A record is also
 * unique per customer and period, so even a review run twice (by hand) makes nothing twice.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ObligationSweep {

    private static final Logger LOG = Logger.getLogger(ObligationSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Organisations organisations;

    @Inject
    ObligationReviews reviews;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "services.obligation.review-at", defaultValue = "03:10")
    String reviewAt;

    @PostConstruct
    void schedule() {
        LocalTime at = LocalTime.parse(reviewAt);
        ScheduleExpression daily = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(clock.getZone().getId());
        timers.createCalendarTimer(daily, new TimerConfig("services-obligation-review", false));
    }

    @Timeout
    void reviewAll() {
        if (!reviews.claimTonight()) {
            LOG.info("Another instance has claimed tonight's job-application obligation review");
            return;
        }
        List<ResponsibleBody> bodies = new ArrayList<>();
        for (TrialAreaView area : organisations.trialAreas()) {
            bodies.add(ResponsibleBody.area(area.key()));
        }
        for (EmploymentOfficeView office : organisations.employmentOffices()) {
            bodies.add(ResponsibleBody.office(office.key()));
        }
        int made = 0;
        for (ResponsibleBody body : bodies) {
            try {
                made += reviews.review(body);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Job-application obligation review of " + body + " failed", e);
            }
        }
        int total = made;
        LOG.info(() -> "Job-application obligation review: " + total + " reminders and statements");
    }
}
