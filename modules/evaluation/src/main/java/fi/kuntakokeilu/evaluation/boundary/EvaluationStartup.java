package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.platform.lifecycle.SchemaReady;
import fi.kuntakokeilu.platform.security.Caller;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At start-up, after the populations: fills the trial's evaluation design from the reference data
 * (once), and in demo mode builds the panel for the demo population and assigns its customers, so
 * reports and the export have months to show. The demo build runs in the background (a managed
 * executor): the application is ready while it runs, and its months appear when it completes.
 * Every step commits on its own.
 */
@ApplicationScoped
public class EvaluationStartup {

    private static final Logger LOG = Logger.getLogger(EvaluationStartup.class.getName());

    @Inject
    DesignSteps designs;

    @Inject
    PanelBuilds builds;

    @Inject
    PanelSteps steps;

    @Resource
    ManagedExecutorService executor;

    @Transactional(TxType.NOT_SUPPORTED)
    void start(@Observes @Priority(SchemaReady.EVALUATION) SchemaReady ready) {
        int units = designs.seedTrialDesign();
        if (units > 0) {
            LOG.info(() -> "Evaluation design " + DesignSteps.TRIAL_DESIGN + ": " + units + " municipalities");
        }
        if (ready.demo() && steps.panelIsEmpty()) {
            // in the background: start-up (and readiness) does not wait for some 200,000 panel rows
            executor.submit(() -> {
                try {
                    builds.rebuild(Caller.SYSTEM.username());
                    LOG.info("Demo panel built and its customers assigned to the evaluation designs");
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "The demo panel could not be built", e);
                }
            });
        }
    }
}
