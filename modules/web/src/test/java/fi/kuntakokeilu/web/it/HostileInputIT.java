package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.OpenApi;
import fi.kuntakokeilu.web.it.support.RunningServer;
import fi.kuntakokeilu.web.it.support.Subjects;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Random and hostile input to every operation of the OpenAPI document, as an administrator (who gets
 * past authorisation furthest): malformed and deeply nested JSON, wrong types for every property,
 * huge and strange strings, SQL and script injection, wrong media types, hostile path and query
 * values. The server must answer each with a 4xx problem (never 5xx, never a stack trace), and a
 * refused request must leave every table as it was.
 */
class HostileInputIT {

    private static final long SEED = 20210301L;
    private static final List<String> HOSTILE_STRINGS = List.of(
            "' OR '1'='1'; DROP TABLE audit_event; --",
            "<script>alert('x')</script>",
            "\u0000\u0001\u0002",
            "\u202Eevil\u202C",
            "😀👩🏽‍⚕️ ääkköset ÅÄÖ",
            "x".repeat(10_000),
            "%00../../etc/passwd",
            "${jndi:ldap://127.0.0.1/x}",
            "#{7*7}");

    @TestFactory
    Stream<DynamicTest> hostileBodiesAreRefusedCleanlyAndChangeNothing() {
        List<DynamicTest> tests = new ArrayList<>();
        for (OpenApi.Operation operation : OpenApi.operations()) {
            if (!operation.method().equals("POST") && !operation.method().equals("PUT")) {
                continue;
            }
            String path = Subjects.fill(sampleOf(operation.template()));
            bodies(operation.bodySchema())
                    .forEach((name, body) -> tests.add(DynamicTest.dynamicTest(
                            operation.key() + " with " + name,
                            () -> expectRefusal(operation.method(), path, "application/json", body))));
            tests.add(DynamicTest.dynamicTest(
                    operation.key() + " with text/plain",
                    () -> expectRefusal(operation.method(), path, "text/plain", "hello")));
            tests.add(DynamicTest.dynamicTest(
                    operation.key() + " with XML",
                    () -> expectRefusal(operation.method(), path, "application/xml", "<a>&xxe;</a>")));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> hostilePathAndQueryValuesAreRefusedCleanly() {
        List<DynamicTest> tests = new ArrayList<>();
        for (OpenApi.Operation operation : OpenApi.operations()) {
            if (!operation.method().equals("GET")) {
                continue;
            }
            for (String value : HOSTILE_STRINGS.subList(0, 5)) {
                String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
                String path = operation.template().replaceAll("\\{[^}]+}", encoded);
                String query = operation.queryParameters().stream()
                        .map(p -> p + "=" + encoded)
                        .collect(Collectors.joining("&"));
                String target = query.isEmpty() ? path : path + "?" + query;
                if (!target.equals(operation.template())) {
                    tests.add(DynamicTest.dynamicTest(
                            operation.key() + " with " + value.substring(0, Math.min(20, value.length())),
                            () -> expectCleanAnswer(target, value)));
                }
            }
        }
        return tests.stream();
    }

    private static void expectCleanAnswer(String target, String value) {
        Api.Reply reply = Api.as("admin").get(target);
        assertThat(reply.status()).as(reply.toString()).isLessThan(500);
        if (value.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            // Control and format characters in a URI are refused by the HTTP server itself (400
            // Invalid URI, no body) before any application code runs.
            assertThat(reply.status()).isIn(400, 404);
            assertThat(reply.body()).doesNotContain("Exception");
        } else if (reply.status() >= 400) {
            assertProblem(reply);
        }
    }

    private static void expectRefusal(String method, String path, String contentType, String body) throws SQLException {
        Map<String, Long> before = checksums();
        Api api = Api.as("admin").language("en");
        Api.Reply reply = method.equals("POST") ? api.post(path, contentType, body) : api.put(path, contentType, body);

        assertThat(reply.status()).as(reply.toString()).isBetween(400, 499);
        assertProblem(reply);
        assertThat(checksums()).as("tables after a refused request").isEqualTo(before);
    }

    private static void assertProblem(Api.Reply reply) {
        assertThat(reply.contentType()).as(reply.toString()).startsWith("application/problem+json");
        assertThat(reply.json().getInt("status")).isEqualTo(reply.status());
        assertThat(reply.body())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("at fi.kuntakokeilu");
    }

    /** Bodies that no operation may accept, named for the test report. */
    private static Map<String, String> bodies(JsonObject schema) {
        Random random = new Random(SEED);
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("an empty body", "");
        bodies.put("a cut-off object", "{\"a\": ");
        bodies.put("null", "null");
        bodies.put("an array", "[]");
        bodies.put("a bare string", "\"just text\"");
        bodies.put("an overflowing number", "1e999999");
        bodies.put("nesting 5000 deep", "[".repeat(5000) + "]".repeat(5000));
        bodies.put("2 MiB over the size limit", "{\"x\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}");
        byte[] noise = new byte[300];
        random.nextBytes(noise);
        bodies.put("random bytes", new String(noise, StandardCharsets.ISO_8859_1));
        if (schema != null && schema.containsKey("properties")) {
            bodies.put("every property of the wrong type", wrongTypes(schema).toString());
            for (String hostile : HOSTILE_STRINGS) {
                bodies.put(
                        "every string "
                                + hostile.substring(0, Math.min(16, hostile.length()))
                                        .replaceAll("\\p{Cntrl}", "?"),
                        withStrings(schema, hostile).toString());
            }
        }
        return bodies;
    }

    private static JsonObject wrongTypes(JsonObject schema) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> property :
                schema.getJsonObject("properties").entrySet()) {
            String type = property.getValue().asJsonObject().getString("type", "object");
            switch (type) {
                case "string" -> body.add(property.getKey(), 12345);
                case "integer", "number" -> body.add(property.getKey(), "not a number");
                case "boolean" -> body.add(property.getKey(), "maybe");
                case "array" ->
                    body.add(property.getKey(), Json.createObjectBuilder().add("a", 1));
                default ->
                    body.add(property.getKey(), Json.createArrayBuilder().add(1).add(2));
            }
        }
        return body.build();
    }

    /** Every string property filled with a hostile value; no version, so nothing existing can be changed. */
    private static JsonObject withStrings(JsonObject schema, String value) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        for (Map.Entry<String, JsonValue> property :
                schema.getJsonObject("properties").entrySet()) {
            if ("string".equals(property.getValue().asJsonObject().getString("type", ""))) {
                body.add(property.getKey(), value);
            }
        }
        return body.build();
    }

    /** A path with real identifiers from the authorisation matrix, so requests reach the rules behind them. */
    private static String sampleOf(String template) {
        try {
            return AuthorizationMatrixIT.matrix().stream()
                    .filter(row -> row.template().equals(template))
                    .map(AuthorizationMatrixIT.Row::sample)
                    .findFirst()
                    .orElse(template.replaceAll("\\{[^}]+}", "1"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * A checksum of every table that a refused request could have touched (the audit trail only
     * grows; the panel's derived tables are rebuilt by the system itself).
     */
    private static Map<String, Long> checksums() throws SQLException {
        try (Connection connection = RunningServer.database();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(
                    "select table_name from information_schema.tables where table_schema = database() "
                            + "and table_type = 'BASE TABLE' and table_name not like 'flyway%' "
                            + "and table_name not in ('audit_event', 'audit_seal') "
                            // What the panel build derives from the sources (in the background at a
                            // demo start): it changes by itself, and checksumming it costs seconds.
                            + "and table_name not like 'eva\\_panel%' and table_name not like 'eva\\_stage\\_%' "
                            + "and table_name not in ('eva_area_membership', 'eva_municipality', 'eva_design_assignment',"
                            + " 'eva_person_digest') "
                            + "order by table_name")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            Map<String, Long> checksums = new LinkedHashMap<>();
            try (ResultSet rows = statement.executeQuery("checksum table " + String.join(", ", tables))) {
                while (rows.next()) {
                    checksums.put(rows.getString(1), rows.getLong(2));
                }
            }
            return checksums;
        }
    }
}
