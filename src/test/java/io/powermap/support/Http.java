package io.powermap.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.web.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client for tests: real requests over loopback, JSON in and out. By default it signs
 * in as the test admin on its first request (keeping the session cookie, like a browser) and sends
 * the CSRF header the web app sends; {@link #anonymous}, {@link #as} and {@link #bearer} give the
 * other kinds of caller.
 */
public final class Http {

    public static final ObjectMapper JSON = Json.newMapper();
    public static final String COOKIE = "powermap_session";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;
    private final String username;
    private final String password;
    private final String bearer;
    private boolean csrfHeader = true;
    private boolean loggedIn;
    private String session;

    public record Response(int status, String contentType, String body, Map<String, List<String>> headers) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
        }

        public List<String> headers(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of());
        }
    }

    /** Signs in as the test admin (at once, so later node counts are not disturbed by the sign-in). */
    public Http(int port) {
        this(port, TestApp.ADMIN, TestApp.ADMIN_PASSWORD, null);
        ensureLoggedIn();
    }

    private Http(int port, String username, String password, String bearer) {
        this.base = "http://localhost:" + port;
        this.username = username;
        this.password = password;
        this.bearer = bearer;
    }

    /** No session, no token: for the public routes and the 401 checks. */
    public static Http anonymous(int port) {
        Http h = new Http(port, null, null, null);
        h.loggedIn = true;
        return h;
    }

    /** Signs in as this user (at once). */
    public static Http as(int port, String username, String password) {
        Http h = new Http(port, username, password, null);
        h.ensureLoggedIn();
        return h;
    }

    /** Sends {@code Authorization: Bearer token}, no cookie. */
    public static Http bearer(int port, String token) {
        Http h = new Http(port, null, null, token);
        h.loggedIn = true;
        return h;
    }

    /** Stops sending the X-Powermap-Request header (to see the CSRF check refuse). */
    public Http withoutCsrfHeader() {
        this.csrfHeader = false;
        return this;
    }

    /** The session cookie's value, once signed in. */
    public String session() {
        ensureLoggedIn();
        return session;
    }

    /** Uses this session cookie value (e.g. one made through another app instance). */
    public Http withSession(String value) {
        this.session = value;
        this.loggedIn = true;
        return this;
    }

    public Response login(String user, String pass) {
        loggedIn = true;
        Response r = sendJson("POST", "/api/login", Map.of("username", user, "password", pass));
        return r;
    }

    private void ensureLoggedIn() {
        if (!loggedIn) {
            Response r = login(username, password);
            if (r.status() != 200) {
                throw new AssertionError("test sign-in as " + username + " failed: " + r.status() + " " + r.body());
            }
        }
    }

    public URI uri(String path) {
        return URI.create(base + path);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).DELETE());
    }

    public Response post(String path, Object body) {
        return sendJson("POST", path, body);
    }

    public Response put(String path, Object body) {
        return sendJson("PUT", path, body);
    }

    public Response sendJson(String method, String path, Object body) {
        String text;
        try {
            text = body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text)));
    }

    /** As this client (session, token), the raw bytes of the answer: for content codings such as gzip. */
    public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        try {
            return CLIENT.send(authorize(request).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorize(HttpRequest.Builder request) {
        ensureLoggedIn();
        if (session != null) {
            request.header("Cookie", COOKIE + "=" + session);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        if (csrfHeader) {
            request.header("X-Powermap-Request", "1");
        }
        return request;
    }

    public Response send(HttpRequest.Builder request) {
        authorize(request);
        try {
            HttpResponse<String> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            for (String cookie : r.headers().allValues("Set-Cookie")) {
                if (cookie.startsWith(COOKIE + "=")) {
                    String value = cookie.substring(COOKIE.length() + 1, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
                    session = value.isEmpty() ? null : value;
                }
            }
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers().map());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
