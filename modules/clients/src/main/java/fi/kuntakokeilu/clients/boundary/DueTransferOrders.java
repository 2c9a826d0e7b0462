package fi.kuntakokeilu.clients.boundary;

import fi.kuntakokeilu.clients.control.ClientsConfiguration;
import fi.kuntakokeilu.clients.control.JdbcCustodyLedger;
import fi.kuntakokeilu.clients.control.Transfers;
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
import java.util.List;
import java.util.logging.Logger;

/**
 * Every day, carries out the entry orders whose deadline has come (Act 1269/2020 § 5: a person
 * entering the target group is transferred within 7 days), as the system. Office staff may carry
 * an order out earlier, or keep the customer on discretionary grounds.
 *
 * <p>The time of day is configuration ({@code clients.transfer.due-orders-at}, default 02:15, in
 * the application's time zone), which an {@code @Schedule} annotation cannot read; so this
 * singleton creates the same non-persistent calendar timer ({@code persistent = false}: a missed
 * night is caught up the next, since the query takes every order due by then). Timers fire on every
 * instance of a cluster; a lock row lets one of them do the work.
 */
@Singleton
@Startup
public class DueTransferOrders {

    static final String LOCK = "due-transfer-orders";

    private static final Logger LOG = Logger.getLogger(DueTransferOrders.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ClientsConfiguration configuration;

    @Inject
    Transfers transfers;

    @Inject
    JdbcCustodyLedger ledger;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @PostConstruct
    void schedule() {
        LocalTime at = configuration.dueOrdersAt();
        ScheduleExpression daily = new ScheduleExpression()
                .hour(at.getHour())
                .minute(at.getMinute())
                .second(0)
                .timezone(clock.getZone().getId());
        timers.createCalendarTimer(daily, new TimerConfig(LOCK, false));
        LOG.info(() -> "Entry orders due are carried out daily at " + at + " " + clock.getZone());
    }

    @Timeout
    void carryOutDueOrders() {
        if (!ledger.tryLock(LOCK)) {
            LOG.info("Another instance is carrying out the entry orders due today");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        List<Long> transferred = transfers.carryOutDue(today, Caller.SYSTEM.username());
        audit.recordAll(
                Caller.SYSTEM,
                AuditAction.TRANSFER,
                "job-seeker",
                transferred.stream().map(String::valueOf).toList(),
                "entry orders due " + today);
    }
}
