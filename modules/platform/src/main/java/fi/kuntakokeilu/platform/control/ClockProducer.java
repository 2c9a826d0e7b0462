package fi.kuntakokeilu.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one clock: every rule asks it for "today", so tests and demo data can pin time. Dates are
 * Finnish dates (Europe/Helsinki) whatever the server's own zone.
 */
@ApplicationScoped
public class ClockProducer {

    @Inject
    @ConfigProperty(name = "kuntakokeilu.time.zone", defaultValue = "Europe/Helsinki")
    String zone;

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZoneId.of(zone));
    }
}
