package io.powermap.db;

import io.powermap.config.ConfigException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An embedded Neo4j home built at package time with the schema created and the demo seeded (see
 * {@code io.powermap.io.TemplateBuilder}): a first start unpacks it instead of paying for the cold
 * Cypher planning of that work, then starts exactly as a restart does.
 */
public final class DatabaseTemplate {

    /** Where {@code mvn package} puts the template, so the jar carries it. */
    public static final String RESOURCE = "db-template.zip";
    /** {@code -Dpowermap.template=off} ignores the bundled template: tests, and timing a live first start. */
    public static final String SWITCH = "powermap.template";

    /**
     * The demo's dates are moved to the day it is seeded (DemoSeeder); a template keeps them as of the day
     * it was built. Up to this many days old it is used; an older jar (say a long-lived image) seeds live,
     * so contact ages and the 90-day flags read as they are documented.
     */
    public static final int MAX_AGE_DAYS = 7;
    /** The first entry: the day the template was built, ISO. */
    private static final String AS_OF = "template-as-of";

    /** Per installation (Neo4j makes a new server id) or transient (locks, logs, bulk import files). */
    private static final Set<String> LEFT_OUT = Set.of("server_id", "store_lock", "database_lock", "write.lock", "logs", "imports");
    private static final FileTime EPOCH = FileTime.fromMillis(315_532_800_000L); // 1980-01-01, the zip format's first day

    private final Optional<URL> zip;

    private DatabaseTemplate(Optional<URL> zip) {
        this.zip = zip;
    }

    /** The template inside the jar; none when run from classes before package or when switched off. */
    public static DatabaseTemplate bundled() {
        if ("off".equals(System.getProperty(SWITCH))) {
            return none();
        }
        return new DatabaseTemplate(Optional.ofNullable(DatabaseTemplate.class.getClassLoader().getResource(RESOURCE)));
    }

    public static DatabaseTemplate of(Path zip) {
        try {
            return new DatabaseTemplate(Optional.of(zip.toUri().toURL()));
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static DatabaseTemplate none() {
        return new DatabaseTemplate(Optional.empty());
    }

    /**
     * Unpacks the template into {@code dataDir} when that holds nothing yet; true when it did. It unpacks
     * into a folder inside {@code dataDir} first and moves the result up, so a failed unpack leaves it empty.
     */
    public boolean installIfEmpty(Path dataDir, LocalDate today) {
        if (zip.isEmpty() || !isEmpty(dataDir)) {
            return false;
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        Path staging = dir.resolve(".template");
        try (ZipInputStream in = new ZipInputStream(zip.get().openStream())) {
            LocalDate asOf = asOf(in);
            long age = ChronoUnit.DAYS.between(asOf, today);
            if (age < 0 || age > MAX_AGE_DAYS) {
                System.out.println("The database template in the jar is as of " + asOf + ", more than " + MAX_AGE_DAYS
                        + " days from today: seeding the demo live instead, so its dates are current");
                return false;
            }
            Files.createDirectories(staging);
            unzip(in, staging);
            try (Stream<Path> top = Files.list(staging)) {
                for (Path p : top.toList()) {
                    Files.move(p, dir.resolve(p.getFileName().toString()));
                }
            }
            Files.delete(staging);
            return true;
        } catch (IOException e) {
            deleteTree(staging);
            throw new ConfigException("cannot unpack the database template into " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    private static boolean isEmpty(Path dir) {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false; // not a readable directory: the ordinary start reports it
        }
    }

    private static LocalDate asOf(ZipInputStream in) throws IOException {
        ZipEntry first = in.getNextEntry();
        if (first == null || !first.getName().equals(AS_OF)) {
            throw new ConfigException("the database template does not start with its build day: rebuild the jar with mvn package");
        }
        String day = new String(in.readNBytes(32), StandardCharsets.US_ASCII).trim();
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new ConfigException("the database template's build day '" + day + "' is not a date: rebuild the jar with mvn package", e);
        }
    }

    /** Refuses entries that would land outside {@code dir} (zip slip): a template is never trusted blindly. */
    static void unzip(ZipInputStream zin, Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        try {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                String name = e.getName();
                Path target = root.resolve(name).normalize();
                if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")
                        || !target.startsWith(root) || target.equals(root)) {
                    throw new ConfigException("the database template has an entry outside the data directory ('"
                            + name + "'): rebuild the jar with mvn package");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(zin, target);
                }
            }
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException("the database template has the entry " + e.getFile() + " twice: rebuild the jar", e);
        }
    }

    /** Writes the stopped Neo4j home {@code home} as one zip after its build day, sorted and with fixed times, leaving out {@link #LEFT_OUT}. */
    public static void write(Path home, Path zipFile, LocalDate asOf) throws IOException {
        Files.createDirectories(zipFile.toAbsolutePath().getParent());
        List<Path> files;
        try (Stream<Path> all = Files.walk(home)) {
            files = all.filter(Files::isRegularFile).map(home::relativize)
                    .filter(rel -> {
                        for (Path part : rel) {
                            if (LEFT_OUT.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted(Comparator.comparing(Path::toString)).toList();
        }
        try (OutputStream out = Files.newOutputStream(zipFile); ZipOutputStream zout = new ZipOutputStream(out)) {
            ZipEntry day = new ZipEntry(AS_OF);
            day.setLastModifiedTime(EPOCH);
            zout.putNextEntry(day);
            zout.write(asOf.toString().getBytes(StandardCharsets.US_ASCII));
            zout.closeEntry();
            for (Path rel : files) {
                ZipEntry entry = new ZipEntry(rel.toString().replace('\\', '/'));
                entry.setLastModifiedTime(EPOCH);
                zout.putNextEntry(entry);
                Files.copy(home.resolve(rel), zout);
                zout.closeEntry();
            }
        }
    }

    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
