package fi.kuntakokeilu.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import fi.kuntakokeilu.web.it.support.Api;
import fi.kuntakokeilu.web.it.support.OpenApi;
import fi.kuntakokeilu.web.it.support.Subjects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every endpoint of the running server's OpenAPI document, called by every role, with subjects in
 * and out of the caller's scope, answers as {@code authorization-matrix.csv} says: the one table of
 * who may do what. An endpoint missing from the table fails the build, so no endpoint escapes it.
 */
class AuthorizationMatrixIT {

    /** The callers, in the column order of the matrix. */
    static final Map<String, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put("ANONYMOUS", null);
        CALLERS.put("ADMIN", "admin");
        CALLERS.put("AREA_MANAGER", "manager.pirkanmaa");
        CALLERS.put("CASEWORKER", "caseworker.helsinki");
        CALLERS.put("OFFICE_STAFF", "office.uusimaa");
        CALLERS.put("EVALUATOR", "evaluator");
    }

    record Row(String method, String template, String sample, String body, Map<String, String> expected) {
        String key() {
            return method + " " + template;
        }
    }

    @Test
    void coversEveryOperationOfTheApiAndNoOther() throws IOException {
        Set<String> documented = OpenApi.operations().stream()
                .map(OpenApi.Operation::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = matrix().stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));

        assertThat(inMatrix)
                .as("operations missing from authorization-matrix.csv")
                .containsAll(documented);
        assertThat(documented)
                .as("rows of authorization-matrix.csv for no operation")
                .containsAll(inMatrix);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsTheExpectedAnswer() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : matrix()) {
            String path = Subjects.fill(row.sample());
            for (Map.Entry<String, String> caller : CALLERS.entrySet()) {
                String expected = row.expected().get(caller.getKey());
                tests.add(DynamicTest.dynamicTest(
                        row.method() + " " + path + " as " + caller.getKey() + " → " + expected, () -> {
                            Api api = caller.getValue() == null ? Api.anonymous() : Api.as(caller.getValue());
                            Api.Reply reply = call(api, row.method(), path, row.body());
                            assertThat(reply.status()).as(reply.toString()).isLessThan(500);
                            if (expected.equals("A")) {
                                assertThat(reply.status()).as(reply.toString()).isNotIn(401, 403);
                            } else {
                                assertThat(reply.status()).as(reply.toString()).isEqualTo(Integer.parseInt(expected));
                            }
                        }));
            }
        }
        return tests.stream();
    }

    /**
     * A personal identity code anywhere in a text (domain brief, "Identifiers"), as a token of its
     * own: not the middle of a longer run of letters and digits such as a request id's UUID, which
     * can hold the same shape ("…89206298-2108-…").
     */
    static final Pattern IDENTITY_CODE =
            Pattern.compile("(?<![0-9A-Za-z])\\d{6}[-+A-FU-Y]\\d{3}[0-9A-Y](?![0-9A-Za-z])");

    /**
     * Whatever an evaluator may read, nothing in it names a person: no identity code, no name field
     * (Act 1269/2020 evaluation is done on aggregates and pseudonyms; docs/security.md). Every GET of
     * the matrix is read as an evaluator, so an endpoint added later is swept too.
     */
    @TestFactory
    Stream<DynamicTest> anEvaluatorNeverReceivesANameOrAnIdentityCode() throws IOException {
        return matrix().stream()
                .filter(row -> row.method().equals("GET"))
                .map(row -> DynamicTest.dynamicTest(row.key(), () -> {
                    Api.Reply reply = Api.as("evaluator").get(Subjects.fill(row.sample()));
                    assertThat(reply.status()).as(reply.toString()).isLessThan(500);
                    assertThat(reply.body())
                            .as(row.key())
                            .doesNotContainPattern(IDENTITY_CODE)
                            .doesNotContain("\"personalIdentityCode\"")
                            .doesNotContain("\"firstName\"")
                            .doesNotContain("\"lastName\"");
                }));
    }

    /**
     * A caseworker searching by the identity code of another area's customer learns nothing: the
     * answer is the same empty page as for a code nobody has.
     */
    @Test
    void aSearchByTheCodeOfAnotherAreasCustomerLooksLikeASearchForNobody() {
        Api pirkanmaa = Api.as("manager.pirkanmaa");
        long someone = pirkanmaa
                .get("/api/v1/job-seekers?size=1")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        String pirkanmaaCode =
                pirkanmaa.get("/api/v1/job-seekers/" + someone).json().getString("personalIdentityCode");
        Api helsinki = Api.as("caseworker.helsinki");

        Api.Reply theirs = helsinki.get("/api/v1/job-seekers?personalIdentityCode=" + pirkanmaaCode);
        Api.Reply nobodys = helsinki.get("/api/v1/job-seekers?personalIdentityCode=010101-999X");

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.json().getJsonArray("items")).isEmpty();
        assertThat(theirs.body().replace(pirkanmaaCode, ""))
                .isEqualTo(nobodys.body().replace("010101-999X", ""));
    }

    static Api.Reply call(Api api, String method, String path, String body) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "POST" -> api.postJson(path, body);
            case "PUT" -> api.putJson(path, body);
            case "DELETE" -> api.delete(path);
            default -> throw new IllegalArgumentException(method);
        };
    }

    static List<Row> matrix() throws IOException {
        try (InputStream in = AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            List<String> header = List.of(lines.get(0).split(","));
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",", -1);
                Map<String, String> expected = new LinkedHashMap<>();
                for (String caller : CALLERS.keySet()) {
                    expected.put(caller, cells[header.indexOf(caller)].trim());
                }
                String body = cells[3].trim();
                rows.add(new Row(
                        cells[0].trim(), cells[1].trim(), cells[2].trim(), body.equals("-") ? null : body, expected));
            }
            return rows;
        }
    }
}
