package io.powermap.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every Cypher query lives in its own file under {@code cypher/} (shipped on the classpath and in
 * the jar). They are all read once at start; {@link #get} of an unknown name fails at wiring time,
 * so a missing query never waits for its first request.
 */
public final class Queries {

    private static final String ROOT = "cypher";
    private final Map<String, String> byName;

    private Queries(Map<String, String> byName) {
        this.byName = Collections.unmodifiableMap(byName);
    }

    public static Queries load() {
        URL root = Queries.class.getClassLoader().getResource(ROOT);
        if (root == null) {
            throw new IllegalStateException("no " + ROOT + "/ directory on the classpath");
        }
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                return new Queries(readAll(fs.getPath(ROOT)));
            }
            return new Queries(readAll(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> readAll(Path dir) throws IOException {
        Map<String, String> result = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".cypher"))::iterator) {
                String name = dir.relativize(file).toString().replace('\\', '/');
                name = name.substring(0, name.length() - ".cypher".length());
                try (InputStream in = Files.newInputStream(file)) {
                    result.put(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
                }
            }
        }
        return result;
    }

    /** The query text of {@code cypher/<name>.cypher}, e.g. {@code get("person/update")}. */
    public String get(String name) {
        String q = byName.get(name);
        if (q == null) {
            throw new IllegalArgumentException("no query cypher/" + name + ".cypher");
        }
        return q;
    }

    public Map<String, String> all() {
        return byName;
    }

    /** Splits a multi-statement file such as the schema on the semicolons that end its lines. */
    public static java.util.List<String> statements(String text) {
        return Stream.of(text.split(";\\s*(\\r?\\n|$)"))
                .map(s -> s.lines().filter(l -> !l.strip().startsWith("//")).reduce("", (a, b) -> a + "\n" + b).strip())
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
