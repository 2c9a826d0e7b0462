package fi.kuntakokeilu.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.platform.security.Caller;
import fi.kuntakokeilu.platform.security.Role;
import fi.kuntakokeilu.platform.security.StaffDirectory;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The identity an OpenID Connect provider proves maps to an existing, enabled staff account, whose
 * role and scope apply; nothing else signs in, and nothing is created from claims (docs/security.md,
 * "Signing in through OpenID Connect").
 */
class OpenIdSignInTest {

    private static final Caller CASEWORKER =
            new Caller("caseworker.helsinki", Role.CASEWORKER, Set.of("helsinki"), null, Locale.forLanguageTag("fi"));

    /** The staff accounts: one enabled caseworker; a disabled or unknown name finds nothing. */
    private final StaffDirectory accounts =
            username -> CASEWORKER.username().equals(username) ? Optional.of(CASEWORKER) : Optional.empty();

    @Test
    void theClaimNamingAnEnabledAccountSignsInAsThatAccountWithItsRoleAndAreas() {
        var proven = new CredentialValidationResult("caseworker.helsinki", Set.of("ADMIN", "domain admins"));

        Optional<Caller> caller = OpenIdSignIn.account(proven, accounts);

        assertThat(caller).contains(CASEWORKER);
        // the provider's groups decide nothing: the account's role is the one that applies
        assertThat(caller.get().role()).isEqualTo(Role.CASEWORKER);
        assertThat(caller.get().areaKeys()).containsExactly("helsinki");
    }

    @Test
    void aProvenIdentityWithoutAnEnabledAccountIsRefused() {
        assertThat(OpenIdSignIn.account(new CredentialValidationResult("someone.else@kunta.fi"), accounts))
                .isEmpty();
    }

    @Test
    void anInvalidOrUnvalidatedAnswerOfTheProviderIsRefusedWhateverItNames() {
        assertThat(OpenIdSignIn.account(CredentialValidationResult.INVALID_RESULT, accounts))
                .isEmpty();
        assertThat(OpenIdSignIn.account(CredentialValidationResult.NOT_VALIDATED_RESULT, accounts))
                .isEmpty();
    }

    @Test
    void afterSigningInTheBrowserGoesOnlyToAPageOfThisApplication() {
        assertThat(OpenIdCallbackServlet.safeNext("/job-seekers.xhtml?q=1")).isEqualTo("/job-seekers.xhtml?q=1");
        assertThat(OpenIdCallbackServlet.safeNext(null)).isEqualTo("/");
        assertThat(OpenIdCallbackServlet.safeNext("https://evil.example/")).isEqualTo("/");
        assertThat(OpenIdCallbackServlet.safeNext("//evil.example/")).isEqualTo("/");
        assertThat(OpenIdCallbackServlet.safeNext("/\\evil.example/")).isEqualTo("/");
        assertThat(OpenIdCallbackServlet.safeNext("/login.xhtml?next=/")).isEqualTo("/");
        assertThat(OpenIdCallbackServlet.safeNext("/oidc/callback?code=x")).isEqualTo("/");
        assertThat(OpenIdCallbackServlet.safeNext("/x\r\nSet-Cookie: a=b")).isEqualTo("/");
    }

    @Test
    void signInThroughAProviderIsOnOnlyWhenItsAddressIsConfigured() {
        assertThat(OpenIdSettings.enabledIn(config(null))).isFalse();
        assertThat(OpenIdSettings.enabledIn(config(" "))).isFalse();
        assertThat(OpenIdSettings.enabledIn(config("https://login.kunta.fi/realms/staff")))
                .isTrue();
    }

    private static org.eclipse.microprofile.config.Config config(String providerUri) {
        return (org.eclipse.microprofile.config.Config) java.lang.reflect.Proxy.newProxyInstance(
                OpenIdSignInTest.class.getClassLoader(),
                new Class<?>[] {org.eclipse.microprofile.config.Config.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getOptionalValue") && OpenIdSettings.PROVIDER_URI.equals(args[0])) {
                        return Optional.ofNullable(providerUri);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
