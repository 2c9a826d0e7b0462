package fi.kuntakokeilu.services.boundary;

import fi.kuntakokeilu.clients.Caseloads;
import fi.kuntakokeilu.clients.CustomerInCare;
import fi.kuntakokeilu.clients.ResponsibleBody;
import fi.kuntakokeilu.organisations.EmploymentOfficeView;
import fi.kuntakokeilu.organisations.Organisations;
import fi.kuntakokeilu.organisations.TrialAreaView;
import fi.kuntakokeilu.platform.audit.AuditAction;
import fi.kuntakokeilu.platform.audit.AuditTrail;
import fi.kuntakokeilu.platform.lifecycle.SchemaReady;
import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.services.control.DemoCaseFiles;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo case files of {@code run}, after the clients module's demo population: plans, schedules,
 * service periods, job-application reports, reminders and statements, and notes for the customers
 * of every trial area and office ({@link DemoCaseFiles}). Only in demo mode, and only into empty
 * services tables, so a restart adds nothing.
 */
@ApplicationScoped
public class DemoServices {

    private static final Logger LOG = Logger.getLogger(DemoServices.class.getName());

    @Inject
    Organisations organisations;

    @Inject
    Caseloads caseloads;

    @Inject
    DemoCaseFiles demo;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "services.demo.seed", defaultValue = "20220502")
    long seed;

    @Transactional
    void populate(@Observes @Priority(SchemaReady.SERVICES) SchemaReady ready) {
        if (!ready.demo() || !demo.isEmpty()) {
            return;
        }
        Instant begin = clock.instant();
        List<CustomerInCare> customers = new ArrayList<>();
        for (TrialAreaView area : organisations.trialAreas()) {
            customers.addAll(caseloads.customersOf(Caller.SYSTEM, ResponsibleBody.area(area.key())));
        }
        for (EmploymentOfficeView office : organisations.employmentOffices()) {
            customers.addAll(caseloads.customersOf(Caller.SYSTEM, ResponsibleBody.office(office.key())));
        }
        int planned = demo.write(customers, seed);
        audit.recordAll(
                Caller.SYSTEM,
                AuditAction.CREATE,
                "job-seeker",
                customers.stream().map(c -> String.valueOf(c.jobSeekerId())).toList(),
                "demo services");
        LOG.info(() -> "Demo services: " + planned + " of " + customers.size() + " customers with plans, in "
                + Duration.between(begin, clock.instant()).toMillis() + " ms");
    }
}
