package fi.kuntakokeilu.evaluation.control.estimation;

import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.NO_CONTROL_UNITS;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.NO_TREATED_UNITS;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.TOO_FEW_CLUSTERS;
import static fi.kuntakokeilu.evaluation.control.estimation.EstimationInputException.Reason.TREATED_IN_EVERY_MONTH;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;

/** The design checks and the inference that both estimators share. */
final class Treatment {

    /**
     * Fewest treated and fewest control municipalities for cluster-robust inference: with a single
     * treated (or control) cluster its score is fitted almost to zero and the standard error is far
     * too small (Conley and Taber 2011; MacKinnon and Webb 2017).
     */
    static final int MINIMUM_CLUSTERS_PER_GROUP = 2;

    private Treatment() {}

    /**
     * Checks the groups: some treated and some never-treated municipalities, none treated in every
     * month it is observed, and at least {@value #MINIMUM_CLUSTERS_PER_GROUP} of each.
     *
     * @param panel the observations
     * @param treatedCells whether each row is a treated (post-start) month of a treated municipality
     * @param treatedUnit whether each municipality is a treated one (not a control)
     */
    static void checkGroups(Panel panel, boolean[] treatedCells, boolean[] treatedUnit) {
        int units = panel.units.size();
        boolean[] anyTreatedMonth = new boolean[units];
        boolean[] anyUntreatedMonth = new boolean[units];
        for (int r = 0; r < panel.rows; r++) {
            if (treatedCells[r]) {
                anyTreatedMonth[panel.unit[r]] = true;
            } else {
                anyUntreatedMonth[panel.unit[r]] = true;
            }
        }
        int treated = 0;
        int controls = 0;
        List<Integer> alwaysTreated = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            if (!treatedUnit[u]) {
                controls++;
            } else if (anyTreatedMonth[u]) {
                treated++;
                if (!anyUntreatedMonth[u]) {
                    alwaysTreated.add(u);
                }
            }
        }
        if (treated == 0) {
            throw new EstimationInputException(
                    NO_TREATED_UNITS, "No municipality is treated in any month: there is no effect to estimate.");
        }
        if (controls == 0) {
            throw new EstimationInputException(
                    NO_CONTROL_UNITS,
                    "Every municipality is treated at some point: a never-treated comparison municipality is needed.");
        }
        if (!alwaysTreated.isEmpty()) {
            throw new EstimationInputException(
                    TREATED_IN_EVERY_MONTH,
                    "Municipalities treated in every month they are observed have no pre-period to compare with: "
                            + panel.describe(alwaysTreated) + ". Include months before the start or leave them out.");
        }
        if (treated < MINIMUM_CLUSTERS_PER_GROUP || controls < MINIMUM_CLUSTERS_PER_GROUP) {
            throw new EstimationInputException(
                    TOO_FEW_CLUSTERS,
                    "Cluster-robust standard errors need at least " + MINIMUM_CLUSTERS_PER_GROUP
                            + " treated and " + MINIMUM_CLUSTERS_PER_GROUP + " comparison municipalities; there are "
                            + treated + " treated and " + controls + " comparison municipalities.");
        }
    }

    /** The two-sided 97.5% quantile of the t distribution with the given degrees of freedom. */
    static double criticalValue(int degreesOfFreedom) {
        return new TDistribution(degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
