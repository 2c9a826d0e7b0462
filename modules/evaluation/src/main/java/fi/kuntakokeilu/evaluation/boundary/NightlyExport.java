package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.EvaluationConfiguration;
import fi.kuntakokeilu.platform.security.Caller;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.logging.Logger;

/**
 * Every night, the research export: at {@code evaluation.export.at} (default 02:00) in {@code
 * evaluation.export.zone} (default Europe/Helsinki). The time is configuration, which an {@code
 * @Schedule} annotation cannot read, so this singleton creates the same calendar timer
 * programmatically (non-persistent: a missed night is simply the next night's export). Timers fire
 * on every instance of a cluster; the export's claim (a lock row and one export per night) lets
 * one of them do the work.
 */
@Singleton
@Startup
public class NightlyExport {

    private static final Logger LOG = Logger.getLogger(NightlyExport.class.getName());

    @Resource
    TimerService timers;

    @Inject
    EvaluationConfiguration configuration;

    @Inject
    ExportLauncher launcher;

    @PostConstruct
    void schedule() {
        LocalTime at = configuration.exportAt();
        ScheduleExpression nightly = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(configuration.exportZone().getId());
        timers.createCalendarTimer(nightly, new TimerConfig("evaluation-export", false));
        LOG.info(() -> "The research export runs nightly at " + at + " " + configuration.exportZone());
    }

    /** Long work (a panel rebuild) in transactions of its own, hence none around it. */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void export() {
        launcher.nightly(LocalDate.now(configuration.exportZone()), Caller.SYSTEM.username());
    }
}
