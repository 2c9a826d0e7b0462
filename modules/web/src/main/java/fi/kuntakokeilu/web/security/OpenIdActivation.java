package fi.kuntakokeilu.web.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import java.util.logging.Logger;

/**
 * Turns sign-in through OpenID Connect on or off when the application starts: without {@code
 * web.oidc.provider-uri}, {@link OpenIdLogin} is vetoed, so its annotation defines no mechanism and
 * no identity store, and nothing tries to reach a provider. Registered in {@code
 * META-INF/services/jakarta.enterprise.inject.spi.Extension}.
 */
public class OpenIdActivation implements Extension {

    private static final Logger LOG = Logger.getLogger(OpenIdActivation.class.getName());

    void decide(@Observes ProcessAnnotatedType<OpenIdLogin> event) {
        if (OpenIdSettings.enabledByConfiguration()) {
            LOG.info("Staff sign in through OpenID Connect (" + OpenIdSettings.PROVIDER_URI + " is set)");
        } else {
            event.veto();
        }
    }
}
