package io.powermap.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.powermap.audit.AuditRepository;
import io.powermap.auth.MembershipRepository;
import io.powermap.db.Database;
import io.powermap.db.DatabaseTemplate;
import io.powermap.db.MetaRepository;
import io.powermap.db.Queries;
import io.powermap.web.Json;
import org.neo4j.configuration.GraphDatabaseSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * Builds the {@link DatabaseTemplate} at package time (exec-maven-plugin, prepare-package): a throw-away
 * embedded Neo4j gets the schema and the demo through the code a live first start runs, stops cleanly,
 * and its home is zipped. No user is in it: the first start creates 'admin' as always.
 */
public final class TemplateBuilder {

    private TemplateBuilder() {}

    /** {@code args[0]}: the zip to write (the build passes target/classes/db-template.zip). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: TemplateBuilder <zip to write>");
            System.exit(2);
        }
        long t = System.nanoTime();
        Path zip = Path.of(args[0]);
        build(zip);
        System.out.printf("Database template %s (%d KiB) built in %.1f s%n", zip, Files.size(zip) / 1024, (System.nanoTime() - t) / 1e9);
    }

    public static void build(Path zip) throws IOException {
        Path home = Files.createTempDirectory("powermap-template-");
        try {
            // Only what is written goes in the zip: without this a transaction log file is 256 MiB of zeros.
            try (Database db = Database.embedded(home, 0, 32, Map.of(
                    GraphDatabaseSettings.preallocate_logical_logs, false, GraphDatabaseSettings.preallocate_store_files, false))) {
                Queries queries = Queries.load();
                MetaRepository.applySchema(db, queries);
                ObjectMapper mapper = Json.newMapper();
                AuditRepository audit = new AuditRepository(db, queries, mapper);
                ImportService imports = new ImportService(db, new ImportRepository(queries), audit,
                        new MembershipRepository(db, queries, audit, mapper));
                new DemoSeeder(new MetaRepository(db, queries), imports, mapper).seedTemplate();
            }
            DatabaseTemplate.write(home, zip, LocalDate.now(ZoneOffset.UTC));
        } finally {
            DatabaseTemplate.deleteTree(home);
        }
    }
}
