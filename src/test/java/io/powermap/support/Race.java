package io.powermap.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Fires requests at once: every task waits at a start gate, then all are released together. */
public final class Race {

    private Race() {}

    /** Runs the tasks in parallel from a common start and returns their responses in task order. */
    public static List<Http.Response> run(List<Supplier<Http.Response>> tasks) {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (Supplier<Http.Response> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.get();
                }));
            }
            if (!ready.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the racers did not get ready");
            }
            go.countDown();
            List<Http.Response> out = new ArrayList<>();
            for (Future<Http.Response> f : futures) {
                out.add(f.get(60, TimeUnit.SECONDS));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError("race failed", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The same request n times at once. */
    public static List<Http.Response> times(int n, Supplier<Http.Response> task) {
        List<Supplier<Http.Response>> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            tasks.add(task);
        }
        return run(tasks);
    }

    /** How many responses have this status. */
    public static long count(List<Http.Response> responses, int status) {
        return responses.stream().filter(r -> r.status() == status).count();
    }
}
