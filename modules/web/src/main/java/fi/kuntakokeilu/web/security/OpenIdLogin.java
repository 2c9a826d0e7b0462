package fi.kuntakokeilu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in through the organisation's OpenID Connect provider (authorization code flow), by
 * Jakarta Security's {@code @OpenIdAuthenticationMechanismDefinition} as Payara implements it. Every
 * value comes from {@link OpenIdSettings} ({@code web.oidc.*}).
 *
 * <p>This bean exists only when {@code web.oidc.provider-uri} is set ({@link OpenIdActivation}
 * removes it otherwise, and with it the provider's mechanism). Even then the provider's mechanism is
 * not the application's: {@link StaffAuthenticationMechanism} stays the one mechanism and hands it
 * only the browser's sign-in, so that the API keeps HTTP Basic and the staff accounts keep deciding
 * who may sign in and in which role.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${webOidc.providerUri}",
        clientId = "${webOidc.clientId}",
        clientSecret = "${webOidc.clientSecret}",
        redirectURI = "${webOidc.redirectUri}",
        scopeExpression = "${webOidc.scope}",
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "${webOidc.usernameClaim}"),
        useNonce = true,
        useSession = true,
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000)
public class OpenIdLogin {}
