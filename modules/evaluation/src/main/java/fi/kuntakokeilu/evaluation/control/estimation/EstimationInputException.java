package fi.kuntakokeilu.evaluation.control.estimation;

import java.util.Objects;

/**
 * The data cannot give a valid estimate: the message says why in words an evaluator understands,
 * and {@link #reason()} says which kind of problem it is, so that a boundary can translate it. The
 * estimators throw this instead of ever returning NaN or an infinite interval.
 */
public final class EstimationInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with the input. */
    public enum Reason {
        /** An observation has a missing unit or month, a non-finite outcome or a weight that is not positive. */
        INVALID_OBSERVATION,
        /** The same municipality appears twice in one month. */
        DUPLICATE_OBSERVATION,
        /** No municipality is ever treated (observed in a treated month). */
        NO_TREATED_UNITS,
        /** No municipality is never treated: there is nothing to compare with. */
        NO_CONTROL_UNITS,
        /** A municipality is treated in every month it is observed: its effect cannot be told from its level. */
        TREATED_IN_EVERY_MONTH,
        /** A municipality without a treatment start is treated in some month. */
        INCONSISTENT_TREATMENT,
        /** Too few municipalities (clusters) for cluster-robust inference or for the pre-trend test. */
        TOO_FEW_CLUSTERS,
        /** The regressors cannot be separated from the fixed effects or from each other. */
        SINGULAR_DESIGN,
        /** The event window (leads, lags) is not valid. */
        INVALID_WINDOW
    }

    private final Reason reason;

    EstimationInputException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    /** Which kind of problem the input has. */
    public Reason reason() {
        return reason;
    }
}
