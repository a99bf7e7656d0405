package cn.jledu.studentstatus.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser-like session: signs in to Tasklist the way the webapp does (Camunda's CSRF token from the first page,
 * then the login form), keeps the session cookie, and calls our API with that session — with or without the
 * session's CSRF token, and with any Origin (what a page on another site would send).
 */
public final class WebappSession {

    private final String base;
    private final HttpClient client;
    private final String csrfToken;

    private WebappSession(String base, HttpClient client, String csrfToken) {
        this.base = base;
        this.client = client;
        this.csrfToken = csrfToken;
    }

    /** Signs in as {@code userId}; fails the test if the sign-in is refused. */
    public static WebappSession signIn(int port, String userId, String password) {
        String base = "http://localhost:" + port;
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> first = send(client, HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build());
        String token = first.headers().firstValue("X-XSRF-TOKEN").orElseThrow(
                () -> new AssertionError("no CSRF token from Tasklist: " + first.statusCode()));
        String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(client, HttpRequest.newBuilder(
                        URI.create(base + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        if (login.statusCode() != 200) {
            throw new AssertionError("sign-in of " + userId + " refused: " + login.statusCode() + " " + login.body());
        }
        // the sign-in renews the session; the webapp's next call gets the new session's token (as Tasklist does)
        HttpResponse<String> user = send(client, HttpRequest.newBuilder(
                URI.create(base + "/camunda/api/admin/auth/user/default")).GET().build());
        return new WebappSession(base, client, user.headers().firstValue("X-XSRF-TOKEN")
                .orElseThrow(() -> new AssertionError("no CSRF token after sign-in: " + user.statusCode())));
    }

    /** Only tries to sign in: the HTTP status of the login form. */
    public static int tryLogin(int port, String userId, String password) {
        try {
            signIn(port, userId, password);
            return 200;
        } catch (AssertionError e) {
            return e.getMessage().contains("refused: ") ? Integer.parseInt(e.getMessage().replaceAll(".*refused: (\\d+).*", "$1")) : 500;
        }
    }

    public String csrfToken() {
        return csrfToken;
    }

    public HttpResponse<String> get(String path) {
        return send(client, HttpRequest.newBuilder(URI.create(base + path)).GET().build());
    }

    /** A JSON POST with the session's token (what our pages send). */
    public HttpResponse<String> post(String path, String json) {
        return post(path, json, csrfToken, null);
    }

    /** A JSON POST with the given token (null: none) and Origin header (null: none). */
    public HttpResponse<String> post(String path, String json, String token, String origin) {
        return send(path, "POST", json, token, origin);
    }

    public HttpResponse<String> send(String path, String method, String json, String token, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(client, request.build());
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
