package fi.kuntakokeilu.web.it.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The running server's own OpenAPI document: the list of operations every generated test covers. */
public final class OpenApi {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    private OpenApi() {}

    /** An operation: method, path template, and the schema of its JSON body if it has one. */
    public record Operation(String method, String template, JsonObject bodySchema, List<String> queryParameters) {
        public String key() {
            return method + " " + template;
        }

        @Override
        public String toString() {
            return key();
        }
    }

    public static JsonObject document() {
        return Api.anonymous()
                .header("Accept", "application/json")
                .get("/openapi")
                .json();
    }

    /** Every operation of the API (paths under /api/). */
    public static List<Operation> operations() {
        JsonObject document = document();
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonValue> method :
                    path.getValue().asJsonObject().entrySet()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonObject operation = method.getValue().asJsonObject();
                operations.add(new Operation(
                        method.getKey().toUpperCase(Locale.ROOT),
                        path.getKey(),
                        bodySchema(document, operation),
                        queryParameters(operation)));
            }
        }
        return operations;
    }

    private static JsonObject bodySchema(JsonObject document, JsonObject operation) {
        if (!operation.containsKey("requestBody")) {
            return null;
        }
        JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
        if (content == null || !content.containsKey("application/json")) {
            return null;
        }
        return resolve(document, content.getJsonObject("application/json").getJsonObject("schema"));
    }

    /** Follows a {@code $ref} into components/schemas. */
    public static JsonObject resolve(JsonObject document, JsonObject schema) {
        if (schema != null && schema.containsKey("$ref")) {
            String name = schema.getString("$ref").substring("#/components/schemas/".length());
            return document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
        }
        return schema;
    }

    private static List<String> queryParameters(JsonObject operation) {
        if (!operation.containsKey("parameters")) {
            return List.of();
        }
        return operation.getJsonArray("parameters").getValuesAs(JsonObject.class).stream()
                .filter(p -> "query".equals(p.getString("in", "")))
                .map(p -> p.getString("name"))
                .toList();
    }
}
