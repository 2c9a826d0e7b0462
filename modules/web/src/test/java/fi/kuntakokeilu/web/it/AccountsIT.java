package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.Api.Reply;
import jakarta.json.JsonObject;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Staff accounts over HTTP: one's own password and language, administrators' accounts and scopes, lockout. */
class AccountsIT {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String FIRST_PASSWORD = "ensimmäinen salasana";

    @Test
    void tellsTheUserTheirRoleAndScope() {
        JsonObject me = Api.as("caseworker.helsinki").get("/api/v1/account").json();

        assertThat(me.getString("role")).isEqualTo("CASEWORKER");
        assertThat(me.getJsonArray("trialAreas").getString(0)).isEqualTo("helsinki");
        assertThat(me.containsKey("passwordHash")).isFalse();
    }

    @Test
    void anAdministratorCreatesACaseworkerWhoSignsInWithTheFirstPassword() {
        String user = newCaseworker("espoo");

        assertThat(Api.as(user, FIRST_PASSWORD).get("/api/v1/account").json().getString("username"))
                .isEqualTo(user);
    }

    @Test
    void refusesACaseworkerWithoutAnAreaOrWithAnUnknownOne() {
        Reply noArea = Api.as("admin")
                .language("en")
                .postJson("/api/v1/staff-accounts", account("no.area", "CASEWORKER", "[]"));
        Reply unknownArea =
                Api.as("admin").postJson("/api/v1/staff-accounts", account("bad.area", "CASEWORKER", "[\"atlantis\"]"));

        assertThat(noArea.status()).isEqualTo(400);
        assertThat(noArea.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("trialAreas");
        assertThat(unknownArea.status()).isEqualTo(400);
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        assertThat(Api.as("manager.pirkanmaa").get("/api/v1/staff-accounts").status())
                .isEqualTo(403);
        assertThat(Api.as("evaluator")
                        .postJson("/api/v1/staff-accounts", account("sneaky.one", "ADMIN", "[]"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aUserChangesTheirPasswordAndTheOldOneStopsWorking() {
        String user = newCaseworker("helsinki");
        String newPassword = "uusi pitkä salasana 2026";

        Reply change = Api.as(user, FIRST_PASSWORD)
                .putJson(
                        "/api/v1/account/password",
                        "{\"currentPassword\":\"" + FIRST_PASSWORD + "\",\"newPassword\":\"" + newPassword + "\"}");

        assertThat(change.status()).isEqualTo(204);
        assertThat(Api.as(user, FIRST_PASSWORD).get("/api/v1/account").status()).isEqualTo(401);
        assertThat(Api.as(user, newPassword).get("/api/v1/account").status()).isEqualTo(200);
    }

    @Test
    void refusesAWeakNewPasswordAndAWrongCurrentOneNamingTheFields() {
        String user = newCaseworker("helsinki");

        Reply reply = Api.as(user, FIRST_PASSWORD)
                .putJson("/api/v1/account/password", "{\"currentPassword\":\"wrong\",\"newPassword\":\"short\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder("currentPassword", "newPassword");
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsEvenForTheRightOne() {
        String user = newCaseworker("espoo");

        for (int i = 0; i < 5; i++) {
            assertThat(Api.as(user, "guess " + i).get("/api/v1/account").status())
                    .isEqualTo(401);
        }

        assertThat(Api.as(user, FIRST_PASSWORD).get("/api/v1/account").status()).isEqualTo(401);
        JsonObject account =
                Api.as("admin").get("/api/v1/staff-accounts").jsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(a -> a.getString("username").equals(user))
                        .findFirst()
                        .orElseThrow();
        assertThat(account.getBoolean("locked")).isTrue();
    }

    @Test
    void keepsTheLanguageAUserChose() {
        String user = newCaseworker("espoo");

        assertThat(Api.as(user, FIRST_PASSWORD)
                        .putJson("/api/v1/account/language", "{\"language\":\"sv\"}")
                        .status())
                .isEqualTo(200);
        assertThat(Api.as(user, FIRST_PASSWORD).get("/api/v1/account").json().getString("language"))
                .isEqualTo("sv");
        assertThat(Api.as(user, FIRST_PASSWORD)
                        .putJson("/api/v1/account/language", "{\"language\":\"de\"}")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void anAdministratorDisablesAnAccount() {
        String user = newCaseworker("espoo");
        long version = Api.as("admin").get("/api/v1/staff-accounts").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("username").equals(user))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("version")
                .longValue();

        Reply disabled = Api.as("admin")
                .putJson(
                        "/api/v1/staff-accounts/" + user,
                        "{\"displayName\":\"Disabled\",\"role\":\"CASEWORKER\",\"trialAreas\":[\"espoo\"],"
                                + "\"enabled\":false,\"version\":" + version + "}");

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(Api.as(user, FIRST_PASSWORD).get("/api/v1/account").status()).isEqualTo(401);
        assertThat(Api.as("admin")
                        .putJson(
                                "/api/v1/staff-accounts/" + user,
                                "{\"displayName\":\"Stale\",\"role\":\"CASEWORKER\",\"trialAreas\":[\"espoo\"],"
                                        + "\"version\":" + version + "}")
                        .status())
                .isEqualTo(409);
    }

    private static String newCaseworker(String area) {
        String user = "caseworker.test" + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100000;
        Reply created =
                Api.as("admin").postJson("/api/v1/staff-accounts", account(user, "CASEWORKER", "[\"" + area + "\"]"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return user;
    }

    private static String account(String user, String role, String areas) {
        return "{\"username\":\"" + user + "\",\"displayName\":\"Test User\",\"role\":\"" + role + "\",\"trialAreas\":"
                + areas + ",\"password\":\"" + FIRST_PASSWORD + "\"}";
    }
}
