package io.powermap.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

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

    /** Below this Javalin would not compress either. */
    private static final int MIN_GZIP_BYTES = 1500;

    /** The serialized answer, and its gzip form made on the first request that accepts it, kept beside it. */
    private static final class Entry {
        final byte[] body;
        final String etag;
        byte[] gzip; // guarded by the cache's map

        Entry(byte[] body, String etag) {
            this.body = body;
            this.etag = etag;
        }

        /** A strong validator per content coding (RFC 9110 8.8.3); either one names the same answer. */
        String gzipEtag() {
            return etag.substring(0, etag.length() - 1) + "-gz\"";
        }

        long size() {
            return body.length + (gzip == null ? 0 : gzip.length);
        }
    }

    private final ObjectMapper mapper;
    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private final ConcurrentHashMap<String, CompletableFuture<Entry>> running = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder computed = new LongAdder();

    /** Answers served from the cache (or from a computation already under way), and answers computed. */
    public record Stats(long hits, long computed) {}

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

    /**
     * Answers from the cache, or computes, serializes and caches the answer for this key. A client that
     * accepts gzip gets the compressed copy, compressed once per answer rather than by Javalin per response
     * (a 2,000-person map is 7 MB of JSON).
     */
    public void respond(Context ctx, String key, Supplier<?> compute) {
        Entry e = entry(key, compute);
        boolean gzip = e.body.length >= MIN_GZIP_BYTES && acceptsGzip(ctx.header("Accept-Encoding"));
        ctx.header("Vary", "Accept-Encoding");
        ctx.header("ETag", gzip ? e.gzipEtag() : e.etag);
        String ifNoneMatch = ctx.header("If-None-Match");
        if (ifNoneMatch != null && (matches(ifNoneMatch, e.etag) || matches(ifNoneMatch, e.gzipEtag()))) {
            ctx.status(304);
            return;
        }
        ctx.contentType("application/json");
        if (gzip) {
            // Javalin leaves a response alone that already has a Content-Encoding.
            ctx.header("Content-Encoding", "gzip").result(gzip(key, e));
        } else {
            ctx.result(e.body);
        }
    }

    /** Whether {@code gzip} (or {@code *}) is acceptable: listed without {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) {
                continue;
            }
            double q = 1;
            for (int i = 1; i < parts.length; i++) {
                String param = parts[i].trim();
                if (param.startsWith("q=") || param.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(param.substring(2).trim());
                    } catch (NumberFormatException bad) {
                        q = 0;
                    }
                }
            }
            if (q > 0) {
                return true;
            }
        }
        return false;
    }

    /** The entry's gzip copy, made once; counted in the cache's bytes while the entry is in it. */
    private byte[] gzip(String key, Entry e) {
        synchronized (entries) {
            if (e.gzip != null) {
                return e.gzip;
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(e.body.length / 8 + 64);
        try (GZIPOutputStream z = new GZIPOutputStream(out, 8192)) {
            z.write(e.body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        byte[] compressed = out.toByteArray();
        synchronized (entries) {
            if (e.gzip == null) { // two racing first requests both compress; the first copy stays
                e.gzip = compressed;
                if (entries.get(key) == e) {
                    bytes += compressed.length;
                }
            }
            return e.gzip;
        }
    }

    /**
     * Computes and caches the answer for this key ahead of its first request (with its gzip copy, which
     * every browser asks for), unless it is cached already.
     */
    public void prefill(String key, Supplier<?> compute) {
        Entry e = entry(key, compute);
        if (e.body.length >= MIN_GZIP_BYTES) {
            gzip(key, e);
        }
    }

    public Stats stats() {
        return new Stats(hits.sum(), computed.sum());
    }

    /** The serialized answer for this key (package-private for the tests). */
    byte[] answer(String key, Supplier<?> compute) {
        return entry(key, compute).body;
    }

    private Entry entry(String key, Supplier<?> compute) {
        synchronized (entries) {
            Entry hit = entries.get(key);
            if (hit != null) {
                hits.increment();
                return hit;
            }
        }
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = running.putIfAbsent(key, mine);
        if (other != null) {
            hits.increment();
            try {
                return other.join();
            } catch (CompletionException ex) {
                throw ex.getCause() instanceof RuntimeException r ? r : ex;
            }
        }
        computed.increment();
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
        if (e.body.length > maxBytes / 4) {
            return; // one huge answer would push out everything else
        }
        synchronized (entries) {
            Entry old = entries.put(key, e);
            bytes += e.size() - (old == null ? 0 : old.size());
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().size();
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
