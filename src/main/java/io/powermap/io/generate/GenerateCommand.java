package io.powermap.io.generate;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * {@code powermap generate --people N --ties M [--seed S] --out FILE|-}: writes a synthetic account.
 *
 * <p>Optional overrides: {@code --staff --competitors --opportunities --interactions --actions --visits}.
 * A file is written to a temporary sibling and moved into place, so a failed run never leaves half a file.
 * Prints one summary line (to stderr when the document goes to stdout). Exit codes: 0 done, 2 bad
 * arguments, 1 write failure; errors are one line, without a stack trace.
 */
public final class GenerateCommand {

    public static final int OK = 0, FAILED = 1, USAGE = 2;
    static final String USAGE_LINE = "usage: generate --people N --ties M [--seed S] --out FILE|- "
            + "[--staff N] [--competitors N] [--opportunities N] [--interactions N] [--actions N] [--visits N]";

    private GenerateCommand() {
    }

    public static int run(String[] args) {
        return run(args, System.out, System.err);
    }

    static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        GeneratorSpec spec;
        String out;
        try {
            Options o = Options.parse(args);
            if (o == null) {
                stdout.println(USAGE_LINE);
                return OK;
            }
            spec = o.spec();
            out = o.out;
        } catch (IllegalArgumentException e) {
            stderr.println("generate: " + e.getMessage() + " (" + USAGE_LINE + ")");
            return USAGE;
        }

        long started = System.nanoTime();
        AccountGenerator.Summary summary;
        long bytes;
        try {
            if (out.equals("-")) {
                CountingStream counter = new CountingStream(stdout);
                summary = new AccountGenerator(spec).writeTo(counter);
                counter.flush();
                bytes = counter.count;
            } else {
                Path target = Path.of(out).toAbsolutePath();
                Path dir = target.getParent();
                if (dir != null) {
                    Files.createDirectories(dir);
                }
                Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
                try {
                    try (CountingStream counter = new CountingStream(
                            new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                        summary = new AccountGenerator(spec).writeTo(counter);
                        counter.flush();
                        bytes = counter.count;
                    }
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        } catch (IOException | RuntimeException e) {
            stderr.println("generate: cannot write " + (out.equals("-") ? "to stdout" : out) + ": " + describe(e));
            return FAILED;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        PrintStream report = out.equals("-") ? stderr : stdout;
        report.println(String.format(Locale.ROOT,
                "generated %s: people=%d ties=%d orgs=%d staff=%d seed=%d bytes=%d ms=%d -> %s",
                AccountGenerator.FORMAT, summary.people(), summary.ties(), summary.orgs(), summary.staff(),
                spec.seed(), bytes, ms, out.equals("-") ? "stdout" : out));
        return OK;
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " " + m);
    }

    /** Parsed command line; {@code --name value} or {@code --name=value}. */
    private static final class Options {
        Integer people, ties, staff, competitors, opportunities, interactions, actions, visits;
        Long seed;
        String out;

        /** @return the options, or null when help was asked for */
        static Options parse(String[] args) {
            Options o = new Options();
            if (args == null || args.length == 0) {
                throw new IllegalArgumentException("missing --people, --ties and --out");
            }
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    return null;
                }
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("unexpected argument '" + a + "'");
                }
                String name = a;
                String value;
                int eq = a.indexOf('=');
                if (eq > 0) {
                    name = a.substring(0, eq);
                    value = a.substring(eq + 1);
                } else {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException(a + " needs a value");
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--people": o.people = once(name, o.people, intValue(name, value)); break;
                    case "--ties": o.ties = once(name, o.ties, intValue(name, value)); break;
                    case "--seed": o.seed = once(name, o.seed, longValue(name, value)); break;
                    case "--out":
                        if (value.isEmpty()) {
                            throw new IllegalArgumentException("--out needs a file name or -");
                        }
                        o.out = once(name, o.out, value);
                        break;
                    case "--staff": o.staff = once(name, o.staff, intValue(name, value)); break;
                    case "--competitors": o.competitors = once(name, o.competitors, intValue(name, value)); break;
                    case "--opportunities": o.opportunities = once(name, o.opportunities, intValue(name, value)); break;
                    case "--interactions": o.interactions = once(name, o.interactions, intValue(name, value)); break;
                    case "--actions": o.actions = once(name, o.actions, intValue(name, value)); break;
                    case "--visits": o.visits = once(name, o.visits, intValue(name, value)); break;
                    default: throw new IllegalArgumentException("unknown option " + name);
                }
            }
            if (o.people == null) {
                throw new IllegalArgumentException("--people is required");
            }
            if (o.ties == null) {
                throw new IllegalArgumentException("--ties is required");
            }
            if (o.out == null) {
                throw new IllegalArgumentException("--out is required (a file, or - for stdout)");
            }
            return o;
        }

        GeneratorSpec spec() {
            GeneratorSpec d = GeneratorSpec.of(people, ties, seed == null ? GeneratorSpec.DEFAULT_SEED : seed);
            return new GeneratorSpec(d.people(), d.ties(), d.seed(),
                    staff == null ? d.staff() : staff,
                    competitors == null ? d.competitors() : competitors,
                    opportunities == null ? d.opportunities() : opportunities,
                    interactions == null ? d.interactions() : interactions,
                    actions == null ? d.actions() : actions,
                    visits == null ? d.visits() : visits);
        }

        private static <T> T once(String name, T previous, T value) {
            if (previous != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
            return value;
        }

        private static int intValue(String name, String value) {
            try {
                return Integer.parseInt(value.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer (got '" + value + "')");
            }
        }

        private static long longValue(String name, String value) {
            try {
                return Long.parseLong(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer (got '" + value + "')");
            }
        }
    }

    /** Counts bytes on their way to the target; closing it closes the target. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
