package fi.kuntakokeilu.reporting.control;

import fi.kuntakokeilu.reporting.SuppressionPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The suppression policy from configuration. The domain brief leaves the threshold open
 * ("configurable, default 5"), so both settings are MicroProfile Config keys:
 *
 * <ul>
 *   <li>{@code reporting.suppression.threshold}, default {@value SuppressionPolicy#DEFAULT_THRESHOLD}:
 *       the smallest count that may be published;
 *   <li>{@code reporting.suppression.suppress-zeros}, default {@code false}: whether zeros are
 *       hidden like small counts (see {@link SuppressionPolicy} for why zeros are shown by default).
 * </ul>
 */
@ApplicationScoped
public class SuppressionSettings {

    @Inject
    @ConfigProperty(name = "reporting.suppression.threshold", defaultValue = "5")
    int threshold;

    @Inject
    @ConfigProperty(name = "reporting.suppression.suppress-zeros", defaultValue = "false")
    boolean suppressZeros;

    /** The configured policy; a threshold under 1 fails here, at first use, with the value named. */
    @Produces
    public SuppressionPolicy policy() {
        return new SuppressionPolicy(threshold, suppressZeros);
    }
}
