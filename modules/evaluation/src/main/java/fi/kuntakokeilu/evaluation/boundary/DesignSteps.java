package fi.kuntakokeilu.evaluation.boundary;

import fi.kuntakokeilu.evaluation.control.DesignStore;
import fi.kuntakokeilu.organisations.Organisations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.YearMonth;

/** Seeding a design's units and assigning customers, each in a transaction of its own. */
@ApplicationScoped
public class DesignSteps {

    /** The trial's own design, seeded by migration V2. */
    public static final String TRIAL_DESIGN = "kuntakokeilu-2021";

    @Inject
    DesignStore designs;

    @Inject
    Organisations organisations;

    @Transactional(TxType.REQUIRES_NEW)
    public int seedTrialDesign() {
        return designs.seedUnits(TRIAL_DESIGN, organisations.municipalities());
    }

    /** Assigns the customers the panel holds to every design (new ones only; assignments are frozen). */
    @Transactional(TxType.REQUIRES_NEW)
    public long assignAll() {
        return assign(null, null, false);
    }

    /**
     * Assigns to every design over the panel's months from..to only (null: no bound) and, when
     * {@code changedOnly}, the people in {@code eva_panel_changed} only: what a build that wrote
     * only those months or those people's rows can have changed ({@code DesignStore.assign}).
     */
    @Transactional(TxType.REQUIRES_NEW)
    public long assign(YearMonth from, YearMonth to, boolean changedOnly) {
        long assigned = 0;
        for (var design : designs.designs()) {
            assigned += designs.assign(design.id(), from, to, changedOnly);
        }
        return assigned;
    }
}
