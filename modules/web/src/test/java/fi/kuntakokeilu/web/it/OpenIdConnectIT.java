package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.embedded.PayaraMicroServer;
import fi.kuntakokeilu.web.it.support.IntegrationEnvironment;
import fi.kuntakokeilu.web.it.support.TestOpenIdProvider;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff sign in through an OpenID Connect provider (docs/security.md, "Signing in through OpenID
 * Connect"): the real WAR on its own Payara Micro, configured with {@code web.oidc.*} for a real
 * provider ({@link TestOpenIdProvider}: discovery, authorization code, RS256-signed ID token, JWKS),
 * and a browser-like client that follows every redirect and keeps cookies. The provider proves who
 * someone is; the staff account decides whether they get in and as what.
 */
class OpenIdConnectIT {

    private static TestOpenIdProvider provider;
    private static PayaraMicroServer server;

    @BeforeAll
    static void start() {
        provider = TestOpenIdProvider.start();
        server = IntegrationEnvironment.startServer(
                "oidc",
                Map.of(
                        "web.oidc.provider-uri",
                        provider.issuer(),
                        "web.oidc.client-id",
                        TestOpenIdProvider.CLIENT_ID,
                        "web.oidc.client-secret",
                        TestOpenIdProvider.CLIENT_SECRET,
                        "web.oidc.username-claim",
                        "preferred_username"));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void aCaseworkerKnownToTheProviderSignsInAsTheirStaffAccountWithItsRole() throws Exception {
        HttpClient browser = browser();
        provider.signInAs("caseworker.helsinki");

        HttpResponse<String> page = get(browser, "/worklist.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo("/worklist.xhtml");
        assertThat(page.body()).contains("id=\"signed-in-user\">caseworker.helsinki<");
        // the account's role applies: a caseworker's pages open, an administrator's do not
        assertThat(get(browser, "/admin/accounts.xhtml").statusCode()).isEqualTo(403);
        assertThat(get(browser, "/index.xhtml").statusCode()).isEqualTo(200);
        // the new session cookie of the signed-in session (set at the provider's answer) keeps its flags
        assertThat(page.previousResponse().orElseThrow().uri().getPath()).isEqualTo("/oidc/callback");
        assertThat(page.previousResponse().orElseThrow().headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("JSESSIONID=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
        // and the pages keep their Content-Security-Policy
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp).contains("form-action 'self'"));
    }

    @Test
    void someoneTheProviderKnowsButWithoutAStaffAccountIsRefused() throws Exception {
        // (a disabled account is the same to the sign-in: the staff directory finds only enabled ones)
        HttpClient browser = browser();
        provider.signInAs("stranger@elsewhere");
        int tokensBefore = provider.tokensIssued();

        HttpResponse<String> refused = get(browser, "/worklist.xhtml");

        assertThat(provider.tokensIssued()).isGreaterThan(tokensBefore);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.uri().getPath()).isEqualTo("/oidc/callback");
        // and nothing was remembered: the next page goes to the provider again, and is refused again
        assertThat(get(browser, "/index.xhtml").statusCode()).isEqualTo(403);
    }

    @Test
    void theLoginFormIsGoneButTheApiStillTakesHttpBasic() throws Exception {
        HttpClient browser = browser();
        provider.signInAs("admin");

        HttpResponse<String> login = get(browser, "/login.xhtml");
        HttpResponse<String> api = browser.send(
                HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/account"))
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // the old login page leads through the provider, signed in as the mapped administrator
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.uri().getPath()).isEqualTo("/");
        assertThat(login.body()).contains("id=\"signed-in-user\">admin<");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"role\":\"ADMIN\"");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        URI uri = server.baseUri().resolve(path);
        return browser.send(
                HttpRequest.newBuilder(uri)
                        .header("Accept", "text/html")
                        .timeout(Duration.ofMinutes(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
