package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.RetentionReport;
import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger;
import fi.kuntakokeilu.clients.control.Retention;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every night, applies the retention rules ({@link Retention}) as the system, at {@code
 * clients.retention.run-at} (default 03:00, the application's time zone). Like the daily entry
 * orders, a non-persistent calendar timer fires on every instance and a lock row lets one of them do
 * the work; a missed night is caught up the next, since the rules take everything past retention.
 */
@Singleton
@Startup
public class NightlyRetention {

    static final String LOCK = "retention";

    private static final Logger LOG = Logger.getLogger(NightlyRetention.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ClientsConfiguration configuration;

    @Inject
    Retention retention;

    @Inject
    JdbcCustodyLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        LocalTime at = configuration.retentionRunAt();
        ScheduleExpression nightly = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(clock.getZone().getId());
        timers.createCalendarTimer(nightly, new TimerConfig(LOCK, false));
    }

    @Timeout
    void nightly() {
        if (!ledger.tryLock(LOCK)) {
            LOG.info("Another instance is applying the retention rules");
            return;
        }
        RetentionReport report = apply(Caller.SYSTEM);
        LOG.info(() -> "Retention: anonymised " + report.formerCustomers() + " former customers, deleted "
                + report.importErrorRows() + " refused import rows");
    }

    /** Applies the rules for today in the caller's transaction, auditing every person anonymised. */
    public RetentionReport apply(Caller caller) {
        List<Long> anonymised = new ArrayList<>();
        RetentionReport report = retention.apply(
                LocalDate.now(clock),
                configuration.retainFormerCustomers(),
                configuration.retainImportErrors(),
                anonymised);
        audit.recordAll(
                caller,
                AuditAction.UPDATE,
                ClientsFacade.SUBJECT,
                anonymised.stream().map(String::valueOf).toList(),
                "retention: anonymised former customer");
        return report;
    }
}
