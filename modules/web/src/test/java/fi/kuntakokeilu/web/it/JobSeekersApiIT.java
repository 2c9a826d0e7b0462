package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.platform.identity.PersonalIdentityCode;
import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.Api.Reply;
import fi.kuntakokeilu.web.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The job-seeker API over HTTP against the running demo server: registration (201, 400 naming each
 * field, 409), scope (404 out of scope, 403 for evaluators, 401 without credentials), the move from
 * Helsinki to Espoo from area to area, a search's count that stops at a thousand past the page, and
 * a transfer run started (202) and followed to its end.
 */
class JobSeekersApiIT {

    /** Codes this class registers: the century sign V is one the demo population never uses. */
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private static PersonalIdentityCode newCode() {
        int serial = SERIAL.getAndIncrement();
        return PersonalIdentityCode.of(
                LocalDate.of(1985, 1, 1).plusDays(serial / 50), 'V', 900 + (serial % 50) * 2 + 1);
    }

    private static String registration(String code, String home, String registeredOn) {
        return "{\"personalIdentityCode\":\"" + code + "\",\"firstName\":\"Aino\",\"lastName\":\"Testinen\","
                + "\"homeMunicipality\":\"" + home + "\",\"motherTongue\":\"fi\",\"immigrant\":false,"
                + "\"labourMarketStatus\":\"UNEMPLOYED\",\"unemploymentBenefit\":\"LABOUR_MARKET_SUBSIDY\","
                + "\"registeredOn\":\"" + registeredOn + "\"}";
    }

    private static JsonObject register(String code, String home, String registeredOn) {
        Reply created =
                Api.as("office.uusimaa").postJson("/api/v1/job-seekers", registration(code, home, registeredOn));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json();
    }

    private static long id(JsonObject jobSeeker) {
        return jobSeeker.getJsonNumber("id").longValue();
    }

    @Test
    void registersAJobSeekerAndAnswers201WithItsAddress() {
        String code = newCode().value();

        Reply created =
                Api.as("office.uusimaa").postJson("/api/v1/job-seekers", registration(code, "091", "2021-02-01"));

        assertThat(created.status()).isEqualTo(201);
        JsonObject body = created.json();
        assertThat(created.header("Location")).endsWith("/api/v1/job-seekers/" + id(body));
        assertThat(body.getString("personalIdentityCode")).isEqualTo(code);
        assertThat(body.getString("birthDate"))
                .isEqualTo(PersonalIdentityCode.parse(code).birthDate().toString());
        assertThat(body.getString("motherTongue")).isEqualTo("fin");
        assertThat(body.getJsonObject("responsibleBody").getString("type")).isEqualTo("EMPLOYMENT_OFFICE");
        assertThat(body.getJsonObject("responsibleBody").getString("key")).isEqualTo("uusimaa");
        assertThat(body.getJsonArray("custodyHistory")).isEmpty();
    }

    @Test
    void registersTwoPeopleWhoseCodesDifferOnlyByTheCenturySignButNotTheSameCodeTwice() {
        PersonalIdentityCode dash = PersonalIdentityCode.of(LocalDate.of(1990, 1, 1), '-', 999);
        PersonalIdentityCode y = PersonalIdentityCode.of(LocalDate.of(1990, 1, 1), 'Y', 999);

        Reply first = Api.as("admin").postJson("/api/v1/job-seekers", registration(dash.value(), "905", "2021-02-01"));
        Reply second = Api.as("admin").postJson("/api/v1/job-seekers", registration(y.value(), "905", "2021-02-01"));
        Reply again = Api.as("admin").postJson("/api/v1/job-seekers", registration(y.value(), "905", "2021-02-01"));

        assertThat(dash.value()).isEqualTo("010190-999W");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void namesEveryInvalidFieldOfARegistration() {
        Reply reply = Api.as("office.uusimaa")
                .language("en")
                .postJson(
                        "/api/v1/job-seekers",
                        "{\"personalIdentityCode\":\"010190-999K\",\"firstName\":\"\",\"lastName\":\"Testinen\","
                                + "\"homeMunicipality\":\"91\",\"motherTongue\":\"finnish\","
                                + "\"labourMarketStatus\":\"UNEMPLOYED\",\"unemploymentBenefit\":\"NONE\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactlyInAnyOrder(
                        "personalIdentityCode", "firstName", "homeMunicipality", "motherTongue", "registeredOn");
    }

    @Test
    void refusesAHomeMunicipalityWithNoKnownOffice() {
        Reply reply = Api.as("office.uusimaa")
                .postJson("/api/v1/job-seekers", registration(newCode().value(), "200", "2021-02-01"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("homeMunicipality");
    }

    @Test
    void countsASearchUpToAThousandPastThePageAndSaysWhenThereAreMore() {
        String code = newCode().value();
        register(code, "905", "2021-02-01");

        JsonObject everyone = Api.as("admin").get("/api/v1/job-seekers?size=1").json();
        JsonObject later =
                Api.as("admin").get("/api/v1/job-seekers?size=10&page=20").json();
        JsonObject byCode = Api.as("admin")
                .get("/api/v1/job-seekers?personalIdentityCode=" + code)
                .json();

        // The demo population has thousands of customers: counting all of them on every page would
        // cost more than the page (issue 7), so the count stops a thousand past the page's start.
        assertThat(everyone.getJsonNumber("total").longValue()).isEqualTo(1000);
        assertThat(everyone.getBoolean("moreThanTotal")).isTrue();
        assertThat(everyone.getJsonArray("items")).hasSize(1);
        assertThat(later.getJsonNumber("total").longValue()).isEqualTo(1200);
        assertThat(later.getBoolean("moreThanTotal")).isTrue();
        assertThat(byCode.getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(byCode.getBoolean("moreThanTotal")).isFalse();
    }

    @Test
    void answersACustomerOutOfScopeExactlyLikeOneThatDoesNotExist() {
        long helsinkiCustomer = Api.as("caseworker.helsinki")
                .get("/api/v1/job-seekers?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        Reply ours = Api.as("caseworker.helsinki").get("/api/v1/job-seekers/" + helsinkiCustomer);
        Reply theirs = Api.as("caseworker.espoo").get("/api/v1/job-seekers/" + helsinkiCustomer);
        Reply nobody = Api.as("caseworker.espoo").get("/api/v1/job-seekers/999999999");

        assertThat(ours.status()).isEqualTo(200);
        assertThat(ours.json().getJsonObject("responsibleBody").getString("key"))
                .isEqualTo("helsinki");
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(theirs.json().getString("type")).isEqualTo(nobody.json().getString("type"));
        assertThat(Api.as("office.uusimaa")
                        .get("/api/v1/job-seekers/" + helsinkiCustomer)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void auditsEveryReadOfAJobSeeker() throws SQLException {
        long id = id(register(newCode().value(), "905", "2021-02-01"));
        long before = audited(id, "READ");

        Api.as("admin").get("/api/v1/job-seekers/" + id);

        assertThat(audited(id, "READ")).isEqualTo(before + 1);
        assertThat(audited(id, "CREATE")).isEqualTo(1);
    }

    @Test
    void forbidsEvaluatorsEveryJobSeekerEndpoint() {
        Api evaluator = Api.as("evaluator");

        assertThat(evaluator.get("/api/v1/job-seekers").status()).isEqualTo(403);
        assertThat(evaluator.get("/api/v1/job-seekers/1").status()).isEqualTo(403);
        assertThat(evaluator
                        .postJson("/api/v1/job-seekers", registration(newCode().value(), "091", "2021-02-01"))
                        .status())
                .isEqualTo(403);
        assertThat(evaluator
                        .postJson("/api/v1/job-seekers/1/status-changes", "{\"effectiveDate\":\"2021-05-03\"}")
                        .status())
                .isEqualTo(403);
        assertThat(evaluator.get("/api/v1/transfers/pending").status()).isEqualTo(403);
    }

    @Test
    void asksForCredentialsWithoutThem() {
        Reply reply = Api.anonymous().get("/api/v1/job-seekers");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void movesACustomerWhoMovesFromHelsinkiToEspooFromAreaToArea() {
        // Registered in Helsinki during the trial: in the target group, so an entry order waits (Act 1269/2020 § 5).
        long id = id(register(newCode().value(), "091", "2021-04-06"));
        JsonObject order = Api.as("office.uusimaa")
                .get("/api/v1/transfers/pending")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(o -> o.getJsonNumber("jobSeekerId").longValue() == id)
                .findFirst()
                .orElseThrow();
        assertThat(order.getString("deadline")).isEqualTo("2021-04-13");
        Reply carried = Api.as("office.uusimaa")
                .postJson("/api/v1/transfers/orders/" + order.getJsonNumber("id") + "/carry-out", "{}");
        assertThat(carried.status()).as(carried.toString()).isEqualTo(200);
        assertThat(Api.as("caseworker.helsinki")
                        .get("/api/v1/job-seekers/" + id)
                        .status())
                .isEqualTo(200);

        Reply moved = Api.as("caseworker.helsinki")
                .postJson(
                        "/api/v1/job-seekers/" + id + "/status-changes",
                        "{\"effectiveDate\":\"2021-08-02\",\"homeMunicipality\":\"049\"}");

        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonObject body = moved.json();
        assertThat(body.getJsonObject("responsibleBody").getString("type")).isEqualTo("TRIAL_AREA");
        assertThat(body.getJsonObject("responsibleBody").getString("key")).isEqualTo("espoo");
        JsonObject last = body.getJsonArray("custodyHistory")
                .getJsonObject(body.getJsonArray("custodyHistory").size() - 1);
        assertThat(last.getJsonObject("from").getString("key")).isEqualTo("helsinki");
        assertThat(last.getJsonObject("to").getString("key")).isEqualTo("espoo");
        assertThat(last.getString("legalBasis")).isEqualTo("MOVED_MUNICIPALITY");
        assertThat(last.getString("effectiveDate")).isEqualTo("2021-08-02");
        assertThat(body.getJsonArray("situationHistory").getValuesAs(JsonObject.class))
                .extracting(s -> s.getString("homeMunicipality"))
                .containsExactly("091", "049");
        assertThat(Api.as("caseworker.helsinki")
                        .get("/api/v1/job-seekers/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(Api.as("caseworker.espoo").get("/api/v1/job-seekers/" + id).status())
                .isEqualTo(200);
    }

    @Test
    void startsATransferRunWith202AndReportsItsProgressToTheEnd() throws InterruptedException, SQLException {
        long preparedBefore = xaBranchesPrepared();
        Reply started =
                Api.as("admin").postJson("/api/v1/transfer-runs", "{\"effectiveDate\":\"2021-03-01\",\"dryRun\":true}");

        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).contains("/api/v1/transfer-runs/" + started.json().getJsonNumber("id"));
        JsonObject run = started.json();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!run.getString("status").equals("COMPLETED")
                && !run.getString("status").equals("FAILED")
                && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
            run = Api.as("admin").get(location).json();
        }

        assertThat(run.getString("status")).as(run.toString()).isEqualTo("COMPLETED");
        assertThat(run.getBoolean("dryRun")).isTrue();
        assertThat(run.getJsonNumber("total").longValue()).isPositive();
        assertThat(run.getJsonNumber("processed").longValue())
                .isEqualTo(run.getJsonNumber("total").longValue());
        assertThat(run.getJsonObject("transferred").getJsonObject("byArea")).isNotNull();
        assertThat(run.getJsonObject("transferred").getJsonObject("byBasis")).isNotNull();
        // A run that completed has nothing to resume.
        assertThat(Api.as("admin").postJson(location + "/restart", "{}").status())
                .isEqualTo(409);
        // Each chunk committed in one phase, MariaDB its only resource (docs/operations.md, "One
        // resource per transaction"): a branch prepared in a two-phase commit outlives a database
        // restart with its row locks, and would keep the run's row locked.
        assertThat(xaBranchesPrepared())
                .as("XA branches MariaDB prepared during the run")
                .isEqualTo(preparedBefore);
    }

    /** How many XA branches the database has prepared since it started (two-phase commits). */
    private static long xaBranchesPrepared() throws SQLException {
        try (Connection connection = RunningServer.database();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select variable_value from information_schema.global_status"
                        + " where variable_name = 'COM_XA_PREPARE'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void letsAnAreaManagerRunOnlyTheirOwnArea() {
        Reply elsewhere = Api.as("manager.pirkanmaa")
                .postJson(
                        "/api/v1/transfer-runs",
                        "{\"effectiveDate\":\"2021-03-01\",\"trialArea\":\"helsinki\",\"dryRun\":true}");
        Reply everywhere = Api.as("manager.pirkanmaa")
                .language("en")
                .postJson("/api/v1/transfer-runs", "{\"effectiveDate\":\"2021-03-01\",\"dryRun\":true}");

        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(everywhere.status()).isEqualTo(400);
        assertThat(everywhere.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("trialArea");
        assertThat(Api.as("caseworker.helsinki")
                        .postJson("/api/v1/transfer-runs", "{\"effectiveDate\":\"2021-03-01\",\"dryRun\":true}")
                        .status())
                .isEqualTo(403);
    }

    private static long audited(long jobSeekerId, String action) throws SQLException {
        try (Connection connection = RunningServer.database();
                PreparedStatement count = connection.prepareStatement("select count(*) from audit_event"
                        + " where subject_type = 'job-seeker' and subject_id = ? and action = ?")) {
            count.setString(1, String.valueOf(jobSeekerId));
            count.setString(2, action);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void letsAnAreaManagerBreakGlassWithAReasonWhichAnAdministratorReviewsAndTheAccessReportShows() {
        String code = newCode().value();
        long id = id(register(code, "091", "2021-02-01"));
        Api pirkanmaa = Api.as("manager.pirkanmaa");

        assertThat(pirkanmaa.get("/api/v1/job-seekers/" + id).status()).isEqualTo(404);
        Reply noReason = pirkanmaa.postJson("/api/v1/job-seekers/" + id + "/break-glass", "{\"reason\":\"\"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Reply opened = pirkanmaa.postJson(
                "/api/v1/job-seekers/" + id + "/break-glass",
                "{\"reason\":\"Customer moved to Tampere and asked for help before the transfer\"}");
        assertThat(opened.status()).as(opened.toString()).isEqualTo(200);
        assertThat(opened.json().getString("personalIdentityCode")).isEqualTo(code);
        assertThat(Api.as("caseworker.helsinki")
                        .postJson("/api/v1/job-seekers/" + id + "/break-glass", "{\"reason\":\"curious about them\"}")
                        .status())
                .as("caseworkers may not break glass")
                .isEqualTo(403);

        JsonObject waiting = Api.as("admin").get("/api/v1/audit/break-glass").jsonArray().stream()
                .map(JsonObject.class::cast)
                .filter(e -> e.getJsonObject("event").getString("subjectId").equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
        assertThat(waiting.getString("reason")).startsWith("Customer moved to Tampere");
        long entry = waiting.getJsonNumber("id").longValue();
        String review = "/api/v1/audit/break-glass/" + entry + "/review";
        assertThat(Api.as("admin").postJson(review, "{\"note\":\"Justified\"}").status())
                .isEqualTo(200);
        assertThat(Api.as("admin").postJson(review, "{\"note\":\"Again\"}").status())
                .isEqualTo(409);

        // GDPR Art. 15: the person's access report names every reader, the break-glass one included.
        Reply report =
                Api.as("admin").postJson("/api/v1/access-reports", "{\"personalIdentityCode\":\"" + code + "\"}");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().getJsonArray("entries").stream()
                        .map(JsonObject.class::cast)
                        .map(e -> e.getString("actor") + " " + e.getString("action")))
                .contains("office.uusimaa CREATE", "manager.pirkanmaa BREAK_GLASS");
        Reply unknown = Api.as("admin")
                .postJson(
                        "/api/v1/access-reports",
                        "{\"personalIdentityCode\":\"" + newCode().value() + "\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("V9");
    }

    @Test
    void showsWhatRetentionWouldRemoveAndRunsItOnlyForTheDayNamed() {
        Reply dryRun = Api.as("admin").get("/api/v1/retention");
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().getBoolean("applied")).isFalse();
        LocalDate today = LocalDate.parse(dryRun.json().getString("day"));
        assertThat(LocalDate.parse(dryRun.json().getString("formerCustomersLeftBefore")))
                .isEqualTo(today.minusYears(5));

        Reply yesterday = Api.as("admin")
                .language("en")
                .postJson("/api/v1/retention/runs", "{\"day\":\"" + today.minusDays(1) + "\"}");
        assertThat(yesterday.status()).isEqualTo(400);
        assertThat(yesterday.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("day");
        assertThat(yesterday.body()).contains("today");
    }
}
