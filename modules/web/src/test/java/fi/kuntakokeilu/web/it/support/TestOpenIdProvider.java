package fi.kuntakokeilu.web.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/**
 * A small but real OpenID Connect provider for tests, on the JDK's HTTP server: the discovery
 * document, an authorization endpoint that signs in whoever {@link #signInAs} names (no login page:
 * the provider's own login is not what is tested) and redirects back with a one-time code, a token
 * endpoint that checks client, secret, code and redirect URI and returns an RS256-signed ID token,
 * the JWKS with the public key, and a user-info endpoint.
 */
public final class TestOpenIdProvider implements AutoCloseable {

    public static final String CLIENT_ID = "kuntakokeilu-it";
    public static final String CLIENT_SECRET = "it-client-secret";

    private static final String KEY_ID = "it-key-1";

    private final HttpServer server;
    private final KeyPair keys;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> accessTokens = new ConcurrentHashMap<>();
    private volatile String username = "nobody";
    private volatile int tokensIssued;

    private record Grant(String username, String redirectUri, String nonce) {}

    private TestOpenIdProvider(HttpServer server, KeyPair keys) {
        this.server = server;
        this.keys = keys;
    }

    public static TestOpenIdProvider start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TestOpenIdProvider provider = new TestOpenIdProvider(server, generator.generateKeyPair());
            server.createContext("/.well-known/openid-configuration", provider::discovery);
            server.createContext("/authorize", provider::authorize);
            server.createContext("/token", provider::token);
            server.createContext("/jwks", provider::jwks);
            server.createContext("/userinfo", provider::userinfo);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The issuer, and the provider URI a client is configured with. */
    public String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Who the next authorization signs in (the {@code preferred_username} and {@code sub}). */
    public void signInAs(String username) {
        this.username = username;
    }

    /** How many ID tokens the token endpoint has issued. */
    public int tokensIssued() {
        return tokensIssued;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        json(
                exchange,
                200,
                "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer + "/authorize\","
                        + "\"token_endpoint\":\"" + issuer + "/token\",\"jwks_uri\":\"" + issuer + "/jwks\","
                        + "\"userinfo_endpoint\":\"" + issuer + "/userinfo\","
                        + "\"response_types_supported\":[\"code\"],\"subject_types_supported\":[\"public\"],"
                        + "\"id_token_signing_alg_values_supported\":[\"RS256\"],"
                        + "\"scopes_supported\":[\"openid\",\"profile\",\"email\"],"
                        + "\"token_endpoint_auth_methods_supported\":[\"client_secret_post\",\"client_secret_basic\"],"
                        + "\"claims_supported\":[\"sub\",\"iss\",\"aud\",\"exp\",\"iat\",\"nonce\",\"preferred_username\",\"email\"]}");
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String redirectUri = query.get("redirect_uri");
        if (!CLIENT_ID.equals(query.get("client_id"))
                || !"code".equals(query.get("response_type"))
                || redirectUri == null
                || !(" " + query.getOrDefault("scope", "") + " ").contains(" openid ")) {
            json(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = token();
        codes.put(code, new Grant(username, redirectUri, query.get("nonce")));
        String location = redirectUri + (redirectUri.contains("?") ? "&" : "?") + "code=" + code
                + (query.containsKey("state")
                        ? "&state=" + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8)
                        : "");
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> body = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String[] client = clientCredentials(exchange, body);
        if (!CLIENT_ID.equals(client[0]) || !CLIENT_SECRET.equals(client[1])) {
            json(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = body.get("code") == null ? null : codes.remove(body.get("code"));
        if (!"authorization_code".equals(body.get("grant_type"))
                || grant == null
                || !grant.redirectUri().equals(body.get("redirect_uri"))) {
            json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + issuer() + "\",\"sub\":\"" + grant.username() + "\",\"aud\":\"" + CLIENT_ID
                + "\",\"iat\":" + now + ",\"exp\":" + (now + 300) + ",\"auth_time\":" + now
                + (grant.nonce() == null ? "" : ",\"nonce\":\"" + grant.nonce() + "\"")
                + ",\"preferred_username\":\"" + grant.username() + "\",\"email\":\"" + grant.username()
                + "@kunta.invalid\"}";
        String accessToken = token();
        accessTokens.put(accessToken, grant.username());
        tokensIssued++;
        json(
                exchange,
                200,
                "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                        + "\"id_token\":\"" + signed(claims) + "\"}");
    }

    private void jwks(HttpExchange exchange) throws IOException {
        RSAPublicKey key = (RSAPublicKey) keys.getPublic();
        json(
                exchange,
                200,
                "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + KEY_ID + "\",\"n\":\""
                        + base64Url(unsigned(key.getModulus())) + "\",\"e\":\""
                        + base64Url(unsigned(key.getPublicExponent())) + "\"}]}");
    }

    private void userinfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        String user = authorization == null || !authorization.startsWith("Bearer ")
                ? null
                : accessTokens.get(authorization.substring(7).trim());
        if (user == null) {
            json(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        json(exchange, 200, "{\"sub\":\"" + user + "\",\"preferred_username\":\"" + user + "\"}");
    }

    private String signed(String claims) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String input = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.getPrivate());
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String[] clientCredentials(HttpExchange exchange, Map<String, String> body) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            String decoded = new String(
                    Base64.getDecoder().decode(authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        }
        return new String[] {body.get("client_id"), body.get("client_secret")};
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return base64Url(bytes);
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }

    private static void json(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** For tests that need the provider's address as a URI. */
    public URI uri(String path) {
        return URI.create(issuer() + path);
    }
}
