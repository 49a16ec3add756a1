package io.roster;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * A person or an integration talking to a running Roster over real HTTP, with HTTP Basic credentials (or none) and a
 * cookie jar of its own for the web apps' session login.
 */
public final class TestHttp {

    private final String baseUrl;

    private final String user;

    private final String password;

    private final CookieManager cookies = new CookieManager();

    private final HttpClient client;

    private TestHttp(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
        this.client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    }

    public static TestHttp anonymous(int port) {
        return new TestHttp("http://localhost:" + port, null, null);
    }

    public static TestHttp as(int port, String user, String password) {
        return new TestHttp("http://localhost:" + port, user, password);
    }

    public String user() {
        return user == null ? "anonymous" : user;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body,
            Map<String, String> headers) {
        HttpRequest.Builder builder = request(path).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        headers.forEach(builder::setHeader);
        return send(builder);
    }

    /**
     * Logs in to a Camunda web app the way its login page does: fetch the page for the CSRF cookie, then post the
     * form with the token header. Answers the login's status (200, 401, or 403 when the app is not granted).
     */
    public int loginToWebapp(String app) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/app/" + app + "/default/")).GET());
        if (page.statusCode() != 200) {
            throw new IllegalStateException("login page of " + app + " answered " + page.statusCode());
        }
        String form = "username=" + encode(user) + "&password=" + encode(password);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", csrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(form))).statusCode();
    }

    /** A request of the web apps' own API, sent with the session cookie and the CSRF token like the web apps do. */
    public HttpResponse<String> webappApi(String method, String path, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Content-Type", "application/json")
            .header("X-XSRF-TOKEN", csrfToken())
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json));
        return send(builder);
    }

    public String csrfToken() {
        return cookies.getCookieStore()
            .getCookies()
            .stream()
            .filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse("");
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json, application/problem+json, */*");
        if (user != null) {
            String basic = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + basic);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (IOException exception) {
            throw new IllegalStateException(exception);
        }
        catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(exception);
        }
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
