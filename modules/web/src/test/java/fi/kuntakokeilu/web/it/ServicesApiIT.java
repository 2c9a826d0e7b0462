package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.Api.Reply;
import fi.kuntakokeilu.web.it.support.RunningServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/**
 * The services API over HTTP against the running demo server: two staff members editing one plan at
 * once (one wins, the other is told to reload, nothing is lost), the schedule a plan draws, the
 * worklists of the demo data (Helsinki's, and its caseworker's own) against an independent SQL count
 * of the same tables, and two concurrent assignments of a responsible caseworker.
 */
class ServicesApiIT {

    private static long helsinkiCustomer(int index) {
        JsonObject page = Api.as("caseworker.helsinki")
                .get("/api/v1/job-seekers?size=1&page=" + index)
                .json();
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static String planJson(String actions, Integer version) {
        return "{\"kind\":\"EMPLOYMENT_PLAN\",\"agreedOn\":\"" + LocalDate.now().minusDays(1)
                + "\",\"agreedActions\":\"" + actions + "\",\"workSituation\":\"UNEMPLOYED\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /** A client of its own, with its own connections, as a second browser would be. */
    private static CompletableFuture<HttpResponse<String>> put(
            String user, String path, String json, CountDownLatch start) {
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + RunningServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(RunningServer.uri(path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
                return client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void twoConcurrentEditsOfOnePlanGiveOneSuccessAndOneConflictAndLoseNothing() {
        long customer = helsinkiCustomer(7);
        Reply made = Api.as("caseworker.helsinki")
                .postJson("/api/v1/job-seekers/" + customer + "/plans", planJson("First version", null));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        long plan = made.json().getJsonNumber("id").longValue();
        int version = made.json().getInt("version");
        String path = "/api/v1/job-seekers/" + customer + "/plans/" + plan;

        CountDownLatch start = new CountDownLatch(1);
        var first = put("caseworker.helsinki", path, planJson("Edit by the caseworker", version), start);
        var second = put("admin", path, planJson("Edit by the administrator", version), start);
        start.countDown();
        HttpResponse<String> one = first.join();
        HttpResponse<String> two = second.join();

        assertThat(List.of(one.statusCode(), two.statusCode())).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> winner = one.statusCode() == 200 ? one : two;
        HttpResponse<String> loser = one.statusCode() == 200 ? two : one;
        assertThat(loser.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(loser.body()).getString("detail")).containsIgnoringCase("reload");
        String winning = json(winner.body()).getJsonObject("current").getString("agreedActions");

        JsonArray versions =
                Api.as("caseworker.helsinki").get(path + "/versions").jsonArray();
        assertThat(versions).hasSize(version + 1);
        assertThat(versions.getJsonObject(versions.size() - 1).getString("agreedActions"))
                .isEqualTo(winning);
        assertThat(versions.getJsonObject(0).getString("agreedActions")).isEqualTo("First version");

        Reply afterReload =
                Api.as("admin").putJson(path, planJson("Edit by the administrator after reloading", version + 1));
        assertThat(afterReload.status()).as(afterReload.toString()).isEqualTo(200);
        assertThat(afterReload.json().getInt("version")).isEqualTo(version + 2);
    }

    @Test
    void aPlanDrawsTheNordicScheduleAndOutOfScopeStaffSeeNothing() {
        long customer = helsinkiCustomer(9);
        Reply made = Api.as("caseworker.helsinki")
                .postJson("/api/v1/job-seekers/" + customer + "/plans", planJson("Schedule", null));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);

        JsonArray appointments = Api.as("caseworker.helsinki")
                .get("/api/v1/job-seekers/" + customer + "/appointments")
                .jsonArray();
        assertThat(appointments.getValuesAs(JsonObject.class))
                .filteredOn(a -> (!a.containsKey("heldOn") || a.isNull("heldOn")) && a.getBoolean("scheduled"))
                .isNotEmpty()
                .allMatch(a -> a.getString("regime").equals("NORDIC_MODEL"));
        assertThat(Api.as("caseworker.espoo")
                        .get("/api/v1/job-seekers/" + customer + "/appointments")
                        .status())
                .isEqualTo(404);
        assertThat(Api.as("evaluator")
                        .get("/api/v1/job-seekers/" + customer + "/plans")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void countsTheWorklistOfHelsinkiAsAnIndependentSqlCountDoes() throws SQLException {
        Reply reply = Api.as("caseworker.helsinki").get("/api/v1/worklists?area=helsinki&size=5");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject worklist = reply.json();
        String helsinki = " join cli_custody c on c.job_seeker_id = x.job_seeker_id"
                + " and c.body_type = 'TRIAL_AREA' and c.body_key = 'helsinki'";
        assertCountsAsSql(worklist, helsinki);
        assertThat(total(worklist, "INTERVIEW") + total(worklist, "PLAN_REVIEW"))
                .isPositive();
        assertThat(worklist.getJsonObject("items").getJsonArray("items")).hasSizeLessThanOrEqualTo(5);
    }

    /**
     * A caseworker's own worklist counts what the same SQL counts for the customers of the area whose
     * latest assignment, made since the area took them over, names the caseworker; and the demo
     * data leaves customers unassigned, so the area's list holds more.
     */
    @Test
    void countsTheWorklistOfHelsinkisCaseworkerAsAnIndependentSqlCountDoes() throws SQLException {
        Reply reply = Api.as("caseworker.helsinki").get("/api/v1/worklists?caseworker=me&size=5");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonObject worklist = reply.json();
        assertThat(worklist.getString("caseworker")).isEqualTo("caseworker.helsinki");
        String theirs = " join cli_custody c on c.job_seeker_id = x.job_seeker_id"
                + " and c.body_type = 'TRIAL_AREA' and c.body_key = 'helsinki'"
                + " join svc_caseworker_assignment a on a.job_seeker_id = x.job_seeker_id"
                + " and a.area_key = 'helsinki' and a.caseworker = 'caseworker.helsinki' and a.since >= c.since"
                + " and a.seq = (select max(b.seq) from svc_caseworker_assignment b"
                + " where b.job_seeker_id = a.job_seeker_id)";
        assertCountsAsSql(worklist, theirs);
        JsonObject area = Api.as("manager.pirkanmaa")
                .get("/api/v1/worklists?caseworker=me")
                .json();
        assertThat(area.getJsonObject("items").getInt("total")).isZero();
        JsonObject whole = Api.as("caseworker.helsinki")
                .get("/api/v1/worklists?area=helsinki")
                .json();
        assertThat(whole.getJsonObject("items").getInt("total"))
                .isGreaterThan(worklist.getJsonObject("items").getInt("total"));
    }

    /** Two staff assigning the same customer at once on the version both read: one wins, one gets 409. */
    @Test
    void twoConcurrentAssignmentsOfOneCustomerGiveOneSuccessAndOneConflict() {
        long customer = helsinkiCustomer(3);
        String path = "/api/v1/job-seekers/" + customer + "/caseworker";
        JsonObject before = Api.as("caseworker.helsinki").get(path).json();
        long version = before.getJsonNumber("version").longValue();
        String json = "{\"caseworker\":\"caseworker.helsinki\",\"version\":" + version + "}";
        CountDownLatch start = new CountDownLatch(1);

        var first = put("caseworker.helsinki", path, json, start);
        var second = put("admin", path, json, start);
        start.countDown();

        List<Integer> statuses =
                List.of(first.join().statusCode(), second.join().statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        JsonObject after = Api.as("caseworker.helsinki").get(path).json();
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(after.getJsonArray("history"))
                .hasSize(before.getJsonArray("history").size() + 1);
        assertThat(after.getJsonObject("current").getString("caseworker")).isEqualTo("caseworker.helsinki");
        Reply stale = Api.as("admin").putJson(path, json);
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        Reply otherArea = Api.as("admin")
                .putJson(path, "{\"caseworker\":\"caseworker.espoo\",\"version\":" + (version + 1) + "}");
        assertThat(otherArea.status()).as(otherArea.toString()).isEqualTo(400);
    }

    /**
     * The worklist's counts against SQL over the services tables, for the customers the join selects.
     * A cancelled appointment is not due (the browser tests cancel one on the same server).
     */
    private static void assertCountsAsSql(JsonObject worklist, String helsinki) throws SQLException {
        LocalDate today = LocalDate.parse(worklist.getString("today"));
        LocalDate soon = today.plusDays(7);
        LocalDate fortnight = today.plusDays(14);

        try (Connection db = RunningServer.database()) {
            assertThat(count(worklist, "INTERVIEW"))
                    .containsExactly(
                            sql(
                                    db,
                                    "select count(*) from svc_appointment x" + helsinki
                                            + " where x.held_on is null and x.cancelled_at is null"
                                            + " and x.kind <> 'INITIAL_INTERVIEW' and x.due_on between ? and ?",
                                    today,
                                    soon),
                            sql(
                                    db,
                                    "select count(*) from svc_appointment x" + helsinki
                                            + " where x.held_on is null and x.cancelled_at is null"
                                            + " and x.kind <> 'INITIAL_INTERVIEW' and x.due_on < ?",
                                    today));
            assertThat(count(worklist, "PLAN_REVIEW"))
                    .containsExactly(
                            sql(
                                    db,
                                    "select count(*) from svc_v_plan x" + helsinki
                                            + " where x.review_due between ? and ?",
                                    today,
                                    soon),
                            sql(db, "select count(*) from svc_v_plan x" + helsinki + " where x.review_due < ?", today));
            assertThat(count(worklist, "OBLIGATION_FOLLOW_UP"))
                    .containsExactly(
                            sql(
                                    db,
                                    "select count(*) from svc_benefit_statement x" + helsinki
                                            + " where x.sent_at is null and x.period_end >= ?",
                                    today),
                            sql(
                                    db,
                                    "select count(*) from svc_benefit_statement x" + helsinki
                                            + " where x.sent_at is null and x.period_end < ?",
                                    today));
            assertThat(count(worklist, "SERVICE_ENDING"))
                    .containsExactly(
                            sql(
                                    db,
                                    "select count(*) from svc_v_service_period x" + helsinki
                                            + " where x.status = 'ONGOING' and x.end_date between ? and ?",
                                    today,
                                    fortnight),
                            sql(
                                    db,
                                    "select count(*) from svc_v_service_period x" + helsinki
                                            + " where x.status = 'ONGOING' and x.end_date < ?",
                                    today));
            // Customers with no plan and no initial interview on record; every one of them registered
            // more than a month ago, so each initial interview is due or overdue.
            String withoutInterview = " from cli_custody x join cli_job_seeker j on j.id = x.job_seeker_id"
                    + helsinki
                    + " where x.body_type = 'TRIAL_AREA' and x.body_key = 'helsinki'"
                    + " and x.job_seeker_id not in (select job_seeker_id from svc_plan)"
                    + " and x.job_seeker_id not in (select job_seeker_id from svc_appointment"
                    + " where kind = 'INITIAL_INTERVIEW')";
            assertThat(sql(db, "select count(*)" + withoutInterview + " and j.registered_on > ?", today.minusDays(30)))
                    .isZero();
            assertThat(total(worklist, "INITIAL_INTERVIEW")).isEqualTo(sql(db, "select count(*)" + withoutInterview));
            assertThat(total(worklist, "TRANSFER_PENDING")).isZero();
        }
    }

    private static long[] count(JsonObject worklist, String kind) {
        for (JsonObject count : worklist.getJsonArray("counts").getValuesAs(JsonObject.class)) {
            if (count.getString("kind").equals(kind)) {
                return new long[] {
                    count.getJsonNumber("due").longValue(),
                    count.getJsonNumber("overdue").longValue()
                };
            }
        }
        throw new AssertionError("no count of " + kind + " in " + worklist);
    }

    private static long total(JsonObject worklist, String kind) {
        long[] count = count(worklist, kind);
        return count[0] + count[1];
    }

    private static long sql(Connection db, String query, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(query)) {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                statement.setObject(i + 1, value instanceof LocalDate day ? Date.valueOf(day) : value);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
