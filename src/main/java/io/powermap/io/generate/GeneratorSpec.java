package io.powermap.io.generate;

/**
 * What {@link AccountGenerator} produces: exactly {@code people} people and exactly {@code ties}
 * INFLUENCES ties, plus the smaller sections. Same spec (including {@code seed}) gives the same bytes.
 *
 * <p>Use {@link #of(int, int, long)} for the derived defaults; the canonical constructor lets a caller
 * override the small sections. Every invalid value is rejected with an {@link IllegalArgumentException}
 * whose message names the field, so a CLI can print it as one line.
 */
public record GeneratorSpec(int people, int ties, long seed, int staff, int competitors,
                            int opportunities, int interactions, int actions, int visits) {

    /** Fewest people for which the generator can lay out a board, executives, one company and a regulator. */
    public static final int MIN_PEOPLE = 20;
    /** Upper bound that keeps the O(people) working arrays well under 200 MB. */
    public static final int MAX_PEOPLE = 5_000_000;
    public static final long DEFAULT_SEED = 42L;

    public GeneratorSpec {
        if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
            throw new IllegalArgumentException("people must be between " + MIN_PEOPLE + " and " + MAX_PEOPLE
                    + " (got " + people + ")");
        }
        if (ties < 0) {
            throw new IllegalArgumentException("ties must be >= 0 (got " + ties + ")");
        }
        if (ties > maxTies(people)) {
            throw new IllegalArgumentException("ties=" + ties + " is not feasible for " + people
                    + " people: at most " + maxTies(people)
                    + " (the generator draws at most one influence tie per ordered pair of distinct people)");
        }
        check("staff", staff, 2, 10_000);
        check("competitors", competitors, 0, 1_000);
        check("opportunities", opportunities, 0, 100_000);
        check("interactions", interactions, 0, 10_000_000);
        check("actions", actions, 0, 1_000_000);
        check("visits", visits, 0, 100_000);
    }

    /** A spec with defaults derived from the account size. */
    public static GeneratorSpec of(int people, int ties, long seed) {
        return new GeneratorSpec(people, ties, seed,
                clamp(4 + people / 2_500, 5, 40),
                clamp(2 + people / 25_000, 2, 6),
                clamp(1 + people / 2_000, 1, 25),
                clamp(people / 50, 10, 2_000),
                clamp(people / 200, 5, 200),
                clamp(1 + people / 10_000, 1, 10));
    }

    public static GeneratorSpec of(int people, int ties) {
        return of(people, ties, DEFAULT_SEED);
    }

    /** The most influence ties the generator can draw for {@code people} people: one per ordered pair. */
    public static long maxTies(int people) {
        return (long) people * (people - 1);
    }

    private static void check(String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + " (got " + value + ")");
        }
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
