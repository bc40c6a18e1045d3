package io.powermap.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** GETs a binary response (PDF, zip) over loopback as the test admin, keeping the bytes and headers. */
public final class HttpBytes {

    public record Response(int status, String contentType, byte[] body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(), List.of()).stream().findFirst().orElse(null);
        }
    }

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** One test-admin session per app port (sessions outlive TestNeo4j.clear()). */
    private static final Map<Integer, String> SESSIONS = new java.util.concurrent.ConcurrentHashMap<>();

    private HttpBytes() {}

    public static Response get(int port, String path) {
        try {
            String session = SESSIONS.computeIfAbsent(port, p -> new Http(p).session());
            HttpResponse<byte[]> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .header("Cookie", Http.COOKIE + "=" + session).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers().map());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
