package io.powermap.web;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Jetty's own refusals (a malformed URI or request line, before Javalin sees the request) leave in
 * the same problem+json shape as everything else, with the security headers, and never echo the input.
 */
public final class JettyProblems extends ErrorHandler {

    /** A body for every method, not only GET/POST/HEAD: a refused PUT or DELETE is a problem too. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        headers(headers);
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return ByteBuffer.wrap(body(status));
    }

    private static void headers(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE);
        headers.put("Content-Security-Policy", SecurityHeaders.CSP);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Frame-Options", "DENY");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    private static byte[] body(int status) {
        String title = HttpStatus.getMessage(status);
        String detail = status == 400 ? "the request is malformed (URI, header or request line)" : title;
        return ("{\"type\":\"urn:powermap:problem:" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"errors\":[]}").getBytes(StandardCharsets.UTF_8);
    }
}
