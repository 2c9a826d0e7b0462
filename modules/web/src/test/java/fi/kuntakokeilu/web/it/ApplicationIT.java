package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.Api.Reply;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The running application over HTTP: health, the organisations API, authentication, and the error
 * model every endpoint shares (RFC 9457 problem details naming the field, in the caller's language).
 */
class ApplicationIT {

    @Test
    void reportsReadyWithItsDatabase() {
        Reply health = Api.anonymous().get("/health/ready");

        assertThat(health.status()).isEqualTo(200);
        JsonObject check = health.json().getJsonArray("checks").getJsonObject(0);
        assertThat(check.getString("name")).isEqualTo("kuntakokeilu");
        assertThat(check.getString("status")).isEqualTo("UP");
        assertThat(check.getJsonObject("data").getString("database")).isEqualTo("UP");
    }

    @Test
    void publishesOpenApiAndMetrics() {
        assertThat(Api.anonymous().get("/openapi").body()).contains("/api/v1/trial-areas");
        assertThat(Api.anonymous().get("/metrics").status()).isEqualTo(200);
    }

    @Test
    void refusesTheApiWithoutCredentials() {
        Reply reply = Api.anonymous().get("/api/v1/trial-areas");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(reply.json().getString("type")).isEqualTo("urn:kuntakokeilu:problem:unauthorized");
    }

    @Test
    void refusesAWrongPasswordInTheCallersLanguage() {
        Reply reply = Api.as("caseworker.helsinki", "wrong").language("sv").get("/api/v1/trial-areas");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().getString("title")).isEqualTo("Inloggningen misslyckades");
    }

    @Test
    void listsTheTrialAreasOfTheReferenceData() throws IOException {
        Reply reply = Api.as("caseworker.helsinki").get("/api/v1/trial-areas");

        assertThat(reply.status()).isEqualTo(200);
        Set<String> keys = reply.jsonArray().getValuesAs(JsonObject.class).stream()
                .map(area -> area.getString("key"))
                .collect(Collectors.toSet());
        assertThat(keys).containsAll(areaKeysInReferenceData());
    }

    @Test
    void showsAnAreaWithItsMunicipalitiesAndPeriod() {
        JsonObject area = Api.as("caseworker.helsinki")
                .get("/api/v1/trial-areas/vantaa-kerava")
                .json();

        assertThat(area.getString("nameSv")).isEqualTo("Vanda–Kervo");
        assertThat(area.getString("leadMunicipality")).isEqualTo("092");
        assertThat(area.getString("startsOn")).isEqualTo("2021-03-01");
        assertThat(area.getJsonArray("municipalities").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("municipalityCode"))
                .containsExactlyInAnyOrder("092", "245");
    }

    @Test
    void answersAnUnknownAreaWith404InTheCallersLanguage() {
        Reply reply = Api.as("caseworker.helsinki").language("sv-FI").get("/api/v1/trial-areas/atlantis");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).isEqualTo("Försöksområdet atlantis hittades inte.");
        assertThat(reply.json().getString("requestId")).isEqualTo(reply.header("X-Request-Id"));
    }

    @Test
    void namesEveryInvalidFieldInFinnishByDefault() {
        Reply reply = Api.as("admin")
                .postJson(
                        "/api/v1/trial-areas",
                        "{\"key\":\"Bad Key\",\"nameFi\":\"\",\"contactEmail\":\"x\",\"status\":\"SELECTED\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("title")).isEqualTo("Virheellinen syöte");
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("key", "nameFi", "contactEmail", "startsOn");
    }

    @Test
    void namesAFieldOfTheWrongTypeAndAnUnknownField() {
        Reply wrongType = Api.as("admin")
                .language("en")
                .postJson(
                        "/api/v1/trial-areas",
                        "{\"key\":\"x1\",\"nameFi\":\"X\",\"startsOn\":\"someday\",\"status\":\"SELECTED\"}");
        Reply unknown = Api.as("admin")
                .language("en")
                .postJson(
                        "/api/v1/trial-areas",
                        "{\"key\":\"x1\",\"nameFi\":\"X\",\"startsOn\":\"2021-03-01\",\"colour\":\"red\"}");

        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(field(wrongType)).isEqualTo("startsOn");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(field(unknown)).isEqualTo("colour");
        assertThat(unknown.json().getJsonArray("errors").getJsonObject(0).getString("reason"))
                .startsWith("Unknown field");
    }

    @Test
    void answersMalformedJsonWith400AndNoStackTrace() {
        Reply reply = Api.as("admin").postJson("/api/v1/trial-areas", "{\"key\": ");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("type")).isEqualTo("urn:kuntakokeilu:problem:malformed-body");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at fi.");
    }

    @Test
    void letsOnlyAdministratorsChangeAreas() {
        String area = "{\"key\":\"turku\",\"nameFi\":\"Turku\",\"nameSv\":\"Åbo\",\"startsOn\":\"2021-03-01\","
                + "\"endsOn\":\"2024-12-31\",\"status\":\"SELECTED\"}";

        assertThat(Api.as("caseworker.helsinki")
                        .postJson("/api/v1/trial-areas", area)
                        .status())
                .isEqualTo(403);
        Reply created = Api.as("admin").postJson("/api/v1/trial-areas", area);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/trial-areas/turku");
        assertThat(Api.as("admin").postJson("/api/v1/trial-areas", area).status())
                .isEqualTo(409);
    }

    @Test
    void refusesAMunicipalityInTwoAreasAtOnce() {
        Api.as("admin")
                .postJson(
                        "/api/v1/trial-areas",
                        "{\"key\":\"overlap-test\",\"nameFi\":\"Päällekkäinen\",\"startsOn\":\"2022-01-01\",\"status\":\"SELECTED\"}");

        Reply reply = Api.as("admin")
                .postJson(
                        "/api/v1/trial-areas/overlap-test/memberships",
                        "{\"municipalityCode\":\"091\",\"validFrom\":\"2022-01-01\"}");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("type")).isEqualTo("urn:kuntakokeilu:problem:membership-overlap");
    }

    @Test
    void answersUnknownPathsAndMethodsWithProblems() {
        assertThat(Api.as("admin").get("/api/v1/no-such-thing").status()).isEqualTo(404);
        Reply wrongMethod = Api.as("admin").delete("/api/v1/trial-areas");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
    }

    @Test
    void listsMunicipalitiesWithTheirOfficeAndOfficesWithTheirRegion() {
        JsonObject vaasa =
                Api.as("evaluator").get("/api/v1/municipalities").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(m -> m.getString("code").equals("905"))
                        .findFirst()
                        .orElseThrow();
        assertThat(vaasa.getString("employmentOffice")).isEqualTo("pohjanmaa");
        assertThat(vaasa.getJsonArray("trialAreas")).isEmpty();

        JsonObject uusimaa =
                Api.as("evaluator").get("/api/v1/employment-offices").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(o -> o.getString("key").equals("uusimaa"))
                        .findFirst()
                        .orElseThrow();
        assertThat(uusimaa.getJsonArray("municipalities").getValuesAs(JsonString.class))
                .extracting(JsonString::getString)
                .contains("091", "049", "092");
    }

    @Test
    void sendsSecurityHeadersAndARequestId() {
        Reply reply = Api.as("caseworker.helsinki")
                .header("X-Request-Id", "test-request-0001")
                .get("/api/v1/trial-areas");

        assertThat(reply.header("X-Request-Id")).isEqualTo("test-request-0001");
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("same-origin");

        Reply page = Api.anonymous().get("/login.xhtml");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'self'")
                .contains("object-src 'none'")
                .contains("frame-ancestors 'none'")
                .doesNotContain("*");
        // the page's session cookie cannot be read by scripts nor sent along by other sites' posts
        assertThat(page.response().headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax"));
    }

    private static String field(Reply reply) {
        return reply.json().getJsonArray("errors").getJsonObject(0).getString("field");
    }

    /** The area keys straight from the CSV in config/, independent of the application's loader. */
    private static Set<String> areaKeysInReferenceData() throws IOException {
        Path csv = Path.of(
                System.getProperty("kuntakokeilu.it.config-dir", "../../config"), "reference-data", "trial-areas.csv");
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.substring(0, line.indexOf(',')))
                .collect(Collectors.toSet());
    }
}
