package fi.kuntakokeilu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The OpenID Connect settings ({@code web.oidc.*}), read from MicroProfile Config. {@link
 * OpenIdLogin}'s annotation reads them by name ({@code ${webOidc.providerUri}}), and the staff
 * authentication mechanism asks {@link #enabled()}. Sign-in through a provider is on exactly when
 * {@code web.oidc.provider-uri} is set; otherwise staff sign in with the login form.
 */
@Named("webOidc")
@ApplicationScoped
public class OpenIdSettings {

    static final String PROVIDER_URI = "web.oidc.provider-uri";
    static final String CALLBACK_PATH = "/oidc/callback";

    @Inject
    Config config;

    /** Whether the configuration (not a CDI bean, so usable while the container starts) turns it on. */
    static boolean enabledIn(Config config) {
        return config.getOptionalValue(PROVIDER_URI, String.class)
                .filter(uri -> !uri.isBlank())
                .isPresent();
    }

    static boolean enabledByConfiguration() {
        return enabledIn(ConfigProvider.getConfig());
    }

    public boolean enabled() {
        return enabledIn(config);
    }

    public String getProviderUri() {
        return value(PROVIDER_URI).orElse("");
    }

    public String getClientId() {
        return value("web.oidc.client-id").orElse("");
    }

    public String getClientSecret() {
        return value("web.oidc.client-secret").orElse("");
    }

    /** Where the provider sends the browser back; by default this server's own callback path. */
    public String getRedirectUri() {
        return value("web.oidc.redirect-uri").orElse("${baseURL}" + CALLBACK_PATH);
    }

    public String getScope() {
        return value("web.oidc.scope").orElse("openid profile email");
    }

    /** The claim whose value is a staff account's user name. */
    public String getUsernameClaim() {
        return value("web.oidc.username-claim").orElse("preferred_username");
    }

    private Optional<String> value(String key) {
        return config.getOptionalValue(key, String.class).filter(v -> !v.isBlank());
    }
}
