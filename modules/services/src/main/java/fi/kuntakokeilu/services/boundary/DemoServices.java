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
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import fi.kuntakokeilu.services.control.Caseworkers;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo case files of {@code run}, after the clients module's demo population: plans, schedules,
 * service periods, job-application reports, reminders and statements, and notes for the customers
 * of every trial area and office ({@link DemoCaseFiles}), and responsible caseworkers: the customers
 * of each trial area dealt to the demo caseworkers of that area ({@code services.demo.caseworkers},
 * accounts checked against organisations' staff accounts: an enabled caseworker account serving the
 * area), every fourth left unassigned. Only in demo mode, and only into empty services tables, so a
 * restart adds nothing.
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
    Caseworkers caseworkers;

    @Inject
    StaffDirectory staff;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "services.demo.caseworkers", defaultValue = "caseworker.helsinki,caseworker.espoo")
    List<String> demoCaseworkers;

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
        int assigned = caseworkers.assignDemo(customers, caseworkersByArea(), "demo");
        audit.recordAll(
                Caller.SYSTEM,
                AuditAction.CREATE,
                "job-seeker",
                customers.stream().map(c -> String.valueOf(c.jobSeekerId())).toList(),
                "demo services");
        LOG.info(() -> "Demo services: " + planned + " of " + customers.size() + " customers with plans, in "
                + Duration.between(begin, clock.instant()).toMillis() + " ms; " + assigned
                + " with a responsible caseworker");
    }

    /** The configured demo caseworkers that are enabled caseworker accounts, by the areas they serve. */
    private Map<String, List<String>> caseworkersByArea() {
        Map<String, List<String>> byArea = new LinkedHashMap<>();
        for (String name : demoCaseworkers) {
            Optional<Caller> account = staff.find(name.trim());
            if (account.isEmpty() || account.get().role() != Role.CASEWORKER) {
                LOG.warning(() -> "Demo caseworker " + name + " is no enabled caseworker account; left out");
                continue;
            }
            for (String area : account.get().areaKeys()) {
                byArea.computeIfAbsent(area, a -> new ArrayList<>())
                        .add(account.get().username());
            }
        }
        return byArea;
    }
}
