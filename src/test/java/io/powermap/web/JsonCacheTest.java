package io.powermap.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonCacheTest {

    private final JsonCache cache = new JsonCache(Json.newMapper(), 1_000);

    @Test
    void keysCannotBeForgedFromCraftedParts() {
        assertNotEquals(JsonCache.key("graph", "acc", 1, "opp|x"), JsonCache.key("graph", "acc", 1, "opp", "x"));
        assertNotEquals(JsonCache.key("graph", "acc", List.of("a,b")), JsonCache.key("graph", "acc", List.of("a", "b")));
        assertNotEquals(JsonCache.key("graph", null), JsonCache.key("graph", "~"));
        assertEquals(JsonCache.key("graph", "acc", 7, List.of("o1")), JsonCache.key("graph", "acc", 7L, List.of("o1")));
    }

    @Test
    void concurrentMissesForOneKeyComputeOnceAndAllGetTheAnswer() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<byte[]>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return cache.answer("k", () -> {
                        computed.incrementAndGet();
                        sleep(300);
                        return Map.of("n", 1);
                    });
                }));
            }
            go.countDown();
            for (Future<byte[]> f : answers) {
                assertEquals("{\"n\":1}", new String(f.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
            }
            assertEquals(1, computed.get());
            cache.answer("k", () -> {
                throw new AssertionError("a hit never computes");
            });
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureReachesEveryWaiterAndIsNotCached() {
        ApiException gone = ApiException.notFound("account", "x");
        assertSame(gone, assertThrows(ApiException.class, () -> cache.answer("f", () -> {
            throw gone;
        })));
        assertEquals("[1]", new String(cache.answer("f", () -> List.of(1)), StandardCharsets.UTF_8));
    }

    @Test
    void theLeastRecentlyUsedAnswersLeaveFirstOnceTheBytesAreSpent() {
        AtomicInteger computed = new AtomicInteger();
        String big = "x".repeat(200);   // 202 bytes serialized: four fit in 1,000 bytes, a fifth pushes one out
        for (String key : List.of("a", "b", "c", "d")) {
            cache.answer(key, () -> {
                computed.incrementAndGet();
                return big;
            });
        }
        cache.answer("a", () -> big);  // a is now the most recently used
        cache.answer("e", () -> big);  // b leaves
        cache.answer("a", () -> {
            throw new AssertionError("a is still cached");
        });
        cache.answer("b", () -> {
            computed.incrementAndGet();
            return big;
        });
        assertEquals(5, computed.get());
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
