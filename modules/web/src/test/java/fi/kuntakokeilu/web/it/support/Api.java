package fi.kuntakokeilu.web.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small HTTP client for the API tests: who asks, in which language, and what came back. */
public final class Api {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final String user;
    private final String password;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Api(String user, String password) {
        this.user = user;
        this.password = password;
    }

    /** Calls as a demo account (password {@code demo}). */
    public static Api as(String user) {
        return new Api(user, RunningServer.PASSWORD);
    }

    public static Api as(String user, String password) {
        return new Api(user, password);
    }

    public static Api anonymous() {
        return new Api(null, null);
    }

    public Api header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Api language(String tag) {
        return header("Accept-Language", tag);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, String contentType, String body) {
        return send(withBody(request(path), body)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply postJson(String path, String json) {
        return post(path, "application/json", json);
    }

    public Reply putJson(String path, String json) {
        return put(path, "application/json", json);
    }

    public Reply put(String path, String contentType, String body) {
        return send(withBody(request(path), body)
                .header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Large bodies ask first ({@code Expect: 100-continue}), as curl does: a server refusing the size
     * answers before the body is sent, and the client sees the answer instead of a broken pipe.
     */
    private static HttpRequest.Builder withBody(HttpRequest.Builder request, String body) {
        return request.expectContinue(body.length() > 64 * 1024);
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(RunningServer.uri(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            return new Reply(CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as JSON on demand. */
    public record Reply(HttpResponse<String> response) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
