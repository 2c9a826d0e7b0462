package fi.kuntakokeilu.platform.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * An error as the caller receives it: RFC 9457 problem details, {@code application/problem+json}.
 * Besides the standard members it carries the request id (to find the server's log lines) and, for
 * invalid input, one entry per failing field. Title, detail and reasons are in the caller's
 * language; nothing in a problem ever carries a stack trace.
 *
 * @param type a URI naming the kind of problem, {@code urn:kuntakokeilu:problem:<slug>}
 * @param instance the request path the problem arose on
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:kuntakokeilu:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** One field that failed, with the reason in the caller's language and a stable code for programs. */
    public record FieldProblem(String field, String reason, String code) {}

    public JsonObject toJson() {
        JsonObjectBuilder json =
                Json.createObjectBuilder().add("type", type).add("title", title).add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (requestId != null) {
            json.add("requestId", requestId);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (FieldProblem error : errors) {
                JsonObjectBuilder item =
                        Json.createObjectBuilder().add("field", error.field()).add("reason", error.reason());
                if (error.code() != null) {
                    item.add("code", error.code());
                }
                list.add(item);
            }
            json.add("errors", list);
        }
        return json.build();
    }
}
