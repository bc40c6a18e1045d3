package io.powermap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Serialized JSON answers of expensive reads, keyed by the caller on the account's state (its
 * change counter, read from Neo4j on every request), so an answer is never stale: a write anywhere,
 * through any instance, changes the key. A hit costs the state read and a copy of the bytes; no
 * Cypher, no Jackson. Concurrent misses for one key compute once (the others wait for that answer).
 *
 * <p>Each answer carries a strong ETag (a digest of the bytes); a request whose {@code If-None-Match}
 * names it gets {@code 304} with no body. Bounded by total bytes, least recently used first out.
 */
public final class JsonCache {

    private record Entry(byte[] body, String etag) {}

    private final ObjectMapper mapper;
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> running = new ConcurrentHashMap<>();

    public JsonCache(ObjectMapper mapper, long maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    /**
     * An unambiguous key from request parts: each part (each element of a list) is URL-encoded, so no
     * crafted value (an opportunity id holding "|" or ", lod=true") can read as another request's key.
     */
    public static String key(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object part : parts) {
            if (!sb.isEmpty()) {
                sb.append('|');
            }
            if (part instanceof java.util.Collection<?> items) {
                sb.append(items.stream().map(JsonCache::encode).collect(java.util.stream.Collectors.joining(",", "[", "]")));
            } else {
                sb.append(encode(part));
            }
        }
        return sb.toString();
    }

    private static String encode(Object part) {
        return part == null ? "~" : java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Answers from the cache, or computes, serializes and caches the answer for this key. */
    public void respond(Context ctx, String key, Supplier<?> compute) {
        Entry e = entry(key, compute);
        ctx.header("ETag", e.etag());
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, e.etag())) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json").result(e.body());
    }

    /** The serialized answer for this key (package-private for the tests). */
    byte[] answer(String key, Supplier<?> compute) {
        return entry(key, compute).body();
    }

    private Entry entry(String key, Supplier<?> compute) {
        synchronized (entries) {
            Entry hit = entries.get(key);
            if (hit != null) {
                return hit;
            }
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = running.putIfAbsent(key, mine);
        if (other != null) {
            try {
                return other.join();
            } catch (CompletionException ex) {
                throw ex.getCause() instanceof RuntimeException r ? r : ex;
            }
        }
        try {
            Entry e = serialize(compute.get());
            put(key, e);
            mine.complete(e);
            return e;
        } catch (RuntimeException ex) {
            mine.completeExceptionally(ex);
            throw ex;
        } finally {
            running.remove(key, mine);
        }
    }

    private Entry serialize(Object value) {
        try {
            byte[] body = mapper.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new Entry(body, "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot serialize a cached answer", e);
        }
    }

    private void put(String key, Entry e) {
        if (e.body().length > maxBytes / 4) {
            return; // one huge answer would push out everything else
        }
        synchronized (entries) {
            Entry old = entries.put(key, e);
            bytes += e.body().length - (old == null ? 0 : old.body().length);
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length;
                eldest.remove();
            }
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
