package fi.kuntakokeilu.services.control;

import static fi.kuntakokeilu.services.RuleRegime.NORDIC_MODEL_START;

import fi.kuntakokeilu.services.RuleRegime;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rules a customer is served under on a day.
 *
 * <p>Nordic job-seeking model from 2.5.2022: a customer who registers from that day on is served under
 * it from the start. A customer who registered earlier stays on the earlier schedule until their
 * employment plan is next updated on or after that day; from that update on, the Nordic schedule
 * applies. A plan update before 2.5.2022 changes nothing.
 */
public final class RegimeSwitch {

    private RegimeSwitch() {}

    /** The regime a customer is under once their plan has been updated on a day. */
    public static RuleRegime regimeAfterPlanUpdate(LocalDate registeredOn, LocalDate planUpdatedOn) {
        requireNotBefore(registeredOn, planUpdatedOn);
        return RuleRegime.inForceOn(registeredOn) == RuleRegime.NORDIC_MODEL
                        || !planUpdatedOn.isBefore(NORDIC_MODEL_START)
                ? RuleRegime.NORDIC_MODEL
                : RuleRegime.BEFORE_NORDIC_MODEL;
    }

    /**
     * The first day on which a customer is under the Nordic model: the registration day for those
     * registered from 2.5.2022, otherwise the first plan update on or after that day; empty while an
     * earlier customer's plan has not been updated since.
     */
    public static Optional<LocalDate> nordicModelFrom(LocalDate registeredOn, Collection<LocalDate> planUpdates) {
        Objects.requireNonNull(registeredOn, "registeredOn");
        if (RuleRegime.inForceOn(registeredOn) == RuleRegime.NORDIC_MODEL) {
            return Optional.of(registeredOn);
        }
        LocalDate first = null;
        for (LocalDate update : planUpdates) {
            requireNotBefore(registeredOn, update);
            if (!update.isBefore(NORDIC_MODEL_START) && (first == null || update.isBefore(first))) {
                first = update;
            }
        }
        return Optional.ofNullable(first);
    }

    /** The regime a customer is under on a day, given the days their plan was updated. */
    public static RuleRegime regimeOn(LocalDate registeredOn, Collection<LocalDate> planUpdates, LocalDate day) {
        return nordicModelFrom(registeredOn, planUpdates)
                .filter(from -> !day.isBefore(from))
                .map(from -> RuleRegime.NORDIC_MODEL)
                .orElse(RuleRegime.BEFORE_NORDIC_MODEL);
    }

    private static void requireNotBefore(LocalDate registeredOn, LocalDate planUpdatedOn) {
        if (planUpdatedOn.isBefore(registeredOn)) {
            throw new IllegalArgumentException(
                    "a plan update (" + planUpdatedOn + ") cannot precede registration (" + registeredOn + ")");
        }
    }
}
