package io.powermap.web;

import io.powermap.account.AccountRecords.Account;
import io.powermap.account.AccountService;
import io.powermap.analysis.AnalysisController;
import io.powermap.auth.Actor;
import io.powermap.auth.Passwords;
import io.powermap.db.MetaRepository;
import io.powermap.graph.GraphController;
import io.powermap.graph.PositionRecords;
import io.powermap.graph.PositionsService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * After start, does in the background what the first sign-in and the first screen of each account would
 * otherwise pay for: Cypher planning the sign-in's queries (EXPLAIN: its writes are planned, not run), the JIT
 * compiling Argon2, and each account's first screen read, its map and analysis computed into the answer cache. A request that arrives while its answer is
 * being computed waits for that computation instead of starting another ({@link JsonCache}).
 *
 * <p>Accounts go in the order of the account list (the browser opens the first unless it remembers
 * another) and stop at {@link #PEOPLE_BUDGET} people in all, so the answer cache and the analysis
 * snapshots keep room; an account larger than {@link #MAX_ACCOUNT_PEOPLE} is left to its first request.
 * It writes nothing, so it can change neither data nor what a user is allowed to see.
 */
public final class Warmup implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);
    static final long PEOPLE_BUDGET = 10_000;
    static final long MAX_ACCOUNT_PEOPLE = 5_000;

    /** What one run did: accounts warmed, their people, and the wall time. */
    public record Report(int accounts, long people, long millis) {}

    /** What signing in and the account list run (writes among them: planned only, never run here). */
    static final List<String> SIGN_IN_QUERIES = List.of("auth/throttle-get", "auth/user-for-login", "auth/session-create",
            "auth/event-record", "auth/throttle-clear", "auth/session-resolve", "auth/session-touch", "auth/member-accounts",
            "account/list-for-user");

    private final MetaRepository meta;
    private final Passwords passwords;
    private final AccountService accounts;
    private final GraphController graph;
    private final AnalysisController analysis;
    private final PositionsService positions;
    private final Thread thread;
    private volatile boolean closed;
    private volatile Report report;

    public Warmup(MetaRepository meta, Passwords passwords, AccountService accounts, GraphController graph, AnalysisController analysis,
                  PositionsService positions) {
        this.meta = meta;
        this.passwords = passwords;
        this.accounts = accounts;
        this.graph = graph;
        this.analysis = analysis;
        this.positions = positions;
        this.thread = new Thread(this::runQuietly, "powermap-warmup");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
    }

    public Warmup start() {
        thread.start();
        return this;
    }

    /** Null until a run has finished. */
    public Report report() {
        return report;
    }

    /** Waits up to {@code millis} for the run to end; true when it has. */
    public boolean await(long millis) throws InterruptedException {
        thread.join(millis);
        return !thread.isAlive();
    }

    private void runQuietly() {
        try {
            report = run();
            LOG.info("Warm-up: {} account(s), {} people, in {} ms", report.accounts(), report.people(), report.millis());
        } catch (RuntimeException e) {
            // The app works without it; a database that went away or a shutdown under way is no error.
            if (!closed) {
                LOG.warn("Warm-up stopped: {}", e.toString());
            }
        }
    }

    Report run() {
        long started = System.nanoTime();
        // Cheapest and largest savings first: a user may sign in before the warm-up is through.
        // Twice: the first run is interpreted, the second runs what the JIT compiled meanwhile.
        passwords.verifyDummy("warm-up");
        passwords.verifyDummy("warm-up");
        int warmed = 0;
        long people = 0;
        for (Account account : chosen(accounts.list(Actor.SYSTEM), PEOPLE_BUDGET, MAX_ACCOUNT_PEOPLE)) {
            if (closed) {
                break;
            }
            // What the browser asks for first: the account, its saved positions, the map and the analysis.
            accounts.get(account.id());
            positions.get(account.id(), PositionRecords.View.FORMAL); // the view a first visit opens
            graph.prefetch(account.id());
            if (closed) {
                break;
            }
            analysis.prefetch(account.id());
            warmed++;
            people += size(account);
        }
        if (!closed) {
            meta.plan(SIGN_IN_QUERIES);
        }
        return new Report(warmed, people, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The accounts to warm, in list order: each of at most {@code maxAccountPeople}, until the next would
     * take the total above {@code budget}.
     */
    static List<Account> chosen(List<Account> accounts, long budget, long maxAccountPeople) {
        List<Account> chosen = new ArrayList<>();
        long total = 0;
        for (Account account : accounts) {
            long size = size(account);
            if (size > maxAccountPeople) {
                continue;
            }
            if (total + size > budget) {
                break;
            }
            chosen.add(account);
            total += size;
        }
        return chosen;
    }

    private static long size(Account account) {
        return account.people() == null ? 0 : account.people();
    }

    /** Stops between two steps (a step under way finishes or fails with the closing database). */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
