package io.powermap.db;

import io.powermap.config.ConfigException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
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
    public boolean installIfEmpty(Path dataDir) {
        if (zip.isEmpty() || !isEmpty(dataDir)) {
            return false;
        }
        Path dir = dataDir.toAbsolutePath();
        Path staging = dir.resolve(".template");
        try (InputStream in = zip.get().openStream()) {
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

    /** Refuses entries that would land outside {@code dir} (zip slip): a template is never trusted blindly. */
    static void unzip(InputStream in, Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        try (ZipInputStream zin = new ZipInputStream(in)) {
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

    /** Writes the stopped Neo4j home {@code home} as one zip, sorted and with fixed times, leaving out {@link #LEFT_OUT}. */
    public static void write(Path home, Path zipFile) throws IOException {
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
