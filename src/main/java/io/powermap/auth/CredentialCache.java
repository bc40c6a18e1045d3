package io.powermap.auth;

import io.powermap.auth.AuthRecords.Credential;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Resolved sessions and API tokens for a few seconds, so a busy client does not cost a Neo4j read
 * per request. Only positive answers are kept (an unknown secret always goes to Neo4j), and only
 * for {@link #TTL_MILLIS}: that is how long another instance may still accept a session after a
 * logout, a password change, a disabled user or a removed membership. This instance forgets every
 * entry at once on those events ({@link #forgetAll}).
 *
 * <p>A lookup that started before {@link #forgetAll} is not stored: its answer may predate the
 * revocation (the generation check).
 */
public final class CredentialCache {

    public static final long TTL_MILLIS = 2_000;
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Credential credential, long cachedAt, long generation) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** The cached credential for this secret hash (unless {@code fresh}), or what {@code load} finds (cached when found). */
    Optional<Credential> get(String tokenHash, long now, boolean fresh, Supplier<Optional<Credential>> load) {
        Entry e = entries.get(tokenHash);
        long gen = generation.get();
        if (!fresh && e != null && e.generation() == gen && now - e.cachedAt() < TTL_MILLIS) {
            return Optional.of(e.credential());
        }
        Optional<Credential> loaded = load.get();
        if (loaded.isPresent() && generation.get() == gen) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(tokenHash, new Entry(loaded.get(), now, gen));
        } else {
            entries.remove(tokenHash);
        }
        return loaded;
    }

    /** Keeps the entry's last-seen time current after a touch, so the next request does not touch again. */
    void touched(String tokenHash, Credential credential, long now) {
        entries.computeIfPresent(tokenHash, (k, e) -> e.generation() == generation.get()
                ? new Entry(new Credential(credential.credentialId(), now, credential.actor(), credential.displayName()),
                e.cachedAt(), e.generation()) : null);
    }

    /** After any revocation or change of roles: nothing cached before now is served again. */
    public void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}
