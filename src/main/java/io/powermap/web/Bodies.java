package io.powermap.web;

import io.powermap.domain.Dates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.javalin.http.Context;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads JSON request bodies with a size limit and turns every parse or mapping failure into a
 * 400 that names the field, so handlers only ever see well-typed records.
 */
public final class Bodies {

    private final ObjectMapper mapper;
    private final long defaultLimit;

    public Bodies(ObjectMapper mapper, long defaultLimit) {
        this.mapper = mapper;
        this.defaultLimit = defaultLimit;
    }

    public <T> T read(Context ctx, Class<T> type) {
        return read(ctx, type, defaultLimit);
    }

    public <T> T read(Context ctx, Class<T> type, long limit) {
        requireJson(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLargeAfterDraining(ctx, limit);
        }
        try (Reader in = strictUtf8(new LimitedInputStream(ctx.bodyInputStream(), limit))) {
            T value = mapper.readValue(in, type);
            if (value == null) {
                throw ApiException.invalid("body", "a JSON object is required");
            }
            return value;
        } catch (BodyTooLarge e) {
            throw tooLargeAfterDraining(ctx, limit);
        } catch (IOException e) {
            throw toApi(e);
        }
    }

    /**
     * Streams a JSON body to {@code file} without holding it in memory: 415 unless JSON, 413 above
     * {@code limit} (declared or counted), 400 unless well-formed UTF-8 (checked on the way, as
     * {@link #read} decodes). Answers the number of bytes written.
     */
    public long saveTo(Context ctx, java.nio.file.Path file, long limit) {
        requireJson(ctx);
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLargeAfterDraining(ctx, limit);
        }
        try (InputStream in = new StrictUtf8InputStream(new LimitedInputStream(ctx.bodyInputStream(), limit))) {
            return java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (BodyTooLarge e) {
            throw tooLargeAfterDraining(ctx, limit);
        } catch (CharacterCodingException e) {
            throw toApi(e);
        } catch (IOException e) {
            throw ApiException.invalid("body", "could not read the body: " + e.getMessage());
        }
    }

    /**
     * JSON is UTF-8 (RFC 8259): decoded strictly, so malformed, overlong and surrogate byte sequences
     * are a 400 instead of being repaired into other characters on the way in.
     */
    private static Reader strictUtf8(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder), 64 * 1024);
    }

    /** Exactly {@code application/json}, optionally with {@code charset=utf-8}. */
    private static void requireJson(Context ctx) {
        String type = ctx.contentType();
        String[] parts = type == null ? new String[]{""} : type.split(";");
        boolean json = parts[0].trim().equalsIgnoreCase("application/json");
        for (int i = 1; i < parts.length && json; i++) {
            String param = parts[i].trim().toLowerCase(Locale.ROOT).replace("\"", "");
            if (param.startsWith("charset=") && !param.equals("charset=utf-8")) {
                json = false;
            }
        }
        if (!json) {
            throw new ApiException(415, "Unsupported media type", "send the body as application/json (UTF-8)",
                    List.of(new ApiException.FieldError("Content-Type", "must be application/json")), Map.of());
        }
    }

    /**
     * The 413, after reading and dropping the rest of a body of up to {@value #DRAIN_MAX} bytes: a
     * client still sending when the server answers and closes gets a connection reset instead of the
     * answer (seen in FuzzTest). Bigger bodies are cut off at once; their senders get the reset.
     */
    public static ApiException tooLargeAfterDraining(Context ctx, long limit) {
        if (ctx.req().getContentLengthLong() > DRAIN_MAX) {
            return tooLarge(limit);
        }
        try (InputStream rest = ctx.bodyInputStream()) {
            long dropped = 0;
            byte[] buffer = new byte[64 * 1024];
            for (int n; dropped <= DRAIN_MAX && (n = rest.read(buffer)) >= 0; ) {
                dropped += n;
            }
        } catch (IOException e) {
            // the client went away: nothing left to answer
        }
        return tooLarge(limit);
    }

    static final long DRAIN_MAX = 16L << 20;

    public static ApiException tooLarge(long limit) {
        return new ApiException(413, "Payload too large", "the request body is larger than " + limit + " bytes",
                List.of(new ApiException.FieldError("body", "larger than " + limit + " bytes")), Map.of());
    }

    /** Maps a Jackson failure to a 400 naming the JSON path, without leaking Java type names. */
    public static ApiException toApi(IOException e) {
        if (e instanceof BodyTooLarge) {
            return tooLarge(((BodyTooLarge) e).limit);
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return ApiException.invalid(Json.path(u), "unknown field '" + u.getPropertyName() + "'");
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            String allowed = Arrays.stream(f.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return ApiException.invalid(Json.path(f), "'" + f.getValue() + "' is not one of " + allowed);
        }
        if (e instanceof InvalidFormatException f && Dates.OUT_OF_RANGE.equals(f.getOriginalMessage())) {
            return ApiException.invalid(Json.path(f), "'" + f.getValue() + "' " + Dates.OUT_OF_RANGE);
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() == String.class) {
            return ApiException.invalid(Json.path(f), Json.NOT_WELL_FORMED);
        }
        if (e instanceof StreamReadException r && String.valueOf(r.getOriginalMessage()).startsWith("Duplicate field")) {
            return ApiException.invalid("body", "a field appears twice: " + r.getOriginalMessage());
        }
        if (e instanceof ValueInstantiationException v && v.getCause() != null) {
            return ApiException.invalid(Json.path(v), v.getCause().getMessage());
        }
        if (e instanceof MismatchedInputException m) {
            return ApiException.invalid(Json.path(m), "expected " + describe(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            return ApiException.invalid(Json.path(m), "invalid value");
        }
        if (e instanceof StreamConstraintsException c) {
            return ApiException.invalid("body", "too deeply nested or too long: " + c.getOriginalMessage());
        }
        if (e instanceof JsonProcessingException p) {
            String where = p.getLocation() == null ? "" : " at line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr();
            return ApiException.invalid("body", "malformed JSON" + where);
        }
        if (e instanceof CharacterCodingException) {
            return ApiException.invalid("body", "is not well-formed UTF-8");
        }
        return ApiException.invalid("body", "could not read the body");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "a different value";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.getName().startsWith("java.time")) {
            return "an ISO-8601 date";
        }
        return "an object";
    }

    static final class BodyTooLarge extends IOException {
        final long limit;

        BodyTooLarge(long limit) {
            super("body larger than " + limit);
            this.limit = limit;
        }
    }

    /**
     * Passes bytes through unchanged while decoding them strictly, so a streamed body gets the same
     * UTF-8 check as one read through {@link #strictUtf8}; the end of the stream throws if it was not.
     */
    static final class StrictUtf8InputStream extends FilterInputStream {
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final CharBuffer chars = CharBuffer.allocate(1 << 16);
        /** The bytes of a sequence split across two reads. */
        private ByteBuffer carry = ByteBuffer.allocate(0);

        StrictUtf8InputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) {
                decode(ByteBuffer.allocate(0), true);
            } else if (n > 0) {
                decode(ByteBuffer.wrap(buf, off, n), false);
            }
            return n;
        }

        private void decode(ByteBuffer bytes, boolean end) throws CharacterCodingException {
            ByteBuffer in = bytes;
            if (carry.hasRemaining()) {
                in = ByteBuffer.allocate(carry.remaining() + bytes.remaining()).put(carry).put(bytes).flip();
            }
            CoderResult r;
            do {
                chars.clear();
                r = decoder.decode(in, chars, end);
                if (r.isError()) {
                    r.throwException();
                }
            } while (r.isOverflow());
            carry = ByteBuffer.allocate(in.remaining()).put(in).flip();
        }
    }

    /** Counts bytes as they are read, so chunked bodies without Content-Length are limited too. */
    public static final class LimitedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        public LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) throws IOException {
            count += n;
            if (count > limit) {
                throw new BodyTooLarge(limit);
            }
        }
    }
}
