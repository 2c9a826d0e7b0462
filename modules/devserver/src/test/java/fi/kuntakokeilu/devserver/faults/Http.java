package fi.kuntakokeilu.devserver.faults;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** HTTP as a client sees it: the API with Basic authentication, and the UI's form login with a cookie. */
final class Http {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> api(URI uri, String method, String json) throws IOException, InterruptedException {
        HttpRequest.Builder request = apiRequest(uri);
        request = json == null
                ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> upload(URI uri, Path csv) throws IOException, InterruptedException {
        return client.send(
                apiRequest(uri)
                        .timeout(Duration.ofMinutes(10))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofFile(csv))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder apiRequest(URI uri) {
        String basic = Base64.getEncoder()
                .encodeToString((Instances.ADMIN + ":" + Instances.PASSWORD).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
    }

    /** Signs in through the login page's form, as a browser would; the session cookie stays in {@link #cookies}. */
    HttpResponse<String> formLogin(URI base, String username, String password)
            throws IOException, InterruptedException {
        HttpResponse<String> page = get(base.resolve("/login.xhtml"));
        Matcher viewState = VIEW_STATE.matcher(page.body());
        if (page.statusCode() != 200 || !viewState.find()) {
            throw new IllegalStateException("no login form: " + page.statusCode() + " " + page.body());
        }
        Map<String, String> form = Map.of(
                "login",
                "login",
                "next",
                "",
                "username",
                username,
                "password",
                password,
                "submit",
                "submit",
                "jakarta.faces.ViewState",
                viewState.group(1));
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(
                HttpRequest.newBuilder(base.resolve("/login.xhtml"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
