package io.powermap;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.powermap.account.AccountController;
import io.powermap.account.AccountRepository;
import io.powermap.account.AccountService;
import io.powermap.account.StaffRepository;
import io.powermap.analysis.AnalysisController;
import io.powermap.analysis.AnalysisRepository;
import io.powermap.analysis.AnalysisService;
import io.powermap.action.ActionController;
import io.powermap.action.ActionRepository;
import io.powermap.action.ActionService;
import io.powermap.competitor.CompetitorController;
import io.powermap.competitor.CompetitorRepository;
import io.powermap.competitor.CompetitorService;
import io.powermap.interaction.InteractionController;
import io.powermap.interaction.InteractionRepository;
import io.powermap.interaction.InteractionService;
import io.powermap.opportunity.OpportunityController;
import io.powermap.opportunity.OpportunityRepository;
import io.powermap.opportunity.OpportunityService;
import io.powermap.org.OrgController;
import io.powermap.org.OrgRepository;
import io.powermap.org.OrgService;
import io.powermap.staff.CoverageController;
import io.powermap.staff.CoverageRepository;
import io.powermap.staff.CoverageService;
import io.powermap.staff.StaffController;
import io.powermap.staff.StaffService;
import io.powermap.audit.AuditController;
import io.powermap.auth.AccessControl;
import io.powermap.auth.Actor;
import io.powermap.auth.AuthController;
import io.powermap.auth.AuthService;
import io.powermap.auth.CredentialCache;
import io.powermap.auth.MembershipRepository;
import io.powermap.auth.Passwords;
import io.powermap.auth.Role;
import io.powermap.auth.SecurityLogRepository;
import io.powermap.auth.SessionRepository;
import io.powermap.auth.UserController;
import io.powermap.auth.UserRepository;
import io.powermap.auth.UserService;
import io.powermap.privacy.PrivacyController;
import io.powermap.privacy.PrivacyRepository;
import io.powermap.privacy.PrivacyService;
import io.powermap.graph.SearchRepository;
import io.powermap.person.InfluenceController;
import io.powermap.person.InfluenceRepository;
import io.powermap.person.InfluenceService;
import io.powermap.person.PersonController;
import io.powermap.person.PersonRepository;
import io.powermap.person.PersonService;
import io.powermap.plan.PlanController;
import io.powermap.plan.PlanRepository;
import io.powermap.plan.PlanService;
import io.powermap.report.ReportController;
import io.powermap.report.ReportRepository;
import io.powermap.report.ReportService;
import io.powermap.visit.BriefPdf;
import io.powermap.visit.VisitController;
import io.powermap.visit.VisitRepository;
import io.powermap.visit.VisitService;
import io.powermap.audit.AuditRepository;
import io.powermap.config.AppConfig;
import io.powermap.config.ConfigException;
import io.powermap.db.Database;
import io.powermap.db.DatabaseTemplate;
import io.powermap.db.MetaRepository;
import io.powermap.db.Queries;
import io.powermap.graph.GraphController;
import io.powermap.graph.GraphRepository;
import io.powermap.graph.GraphService;
import io.powermap.graph.PositionsController;
import io.powermap.graph.PositionsRepository;
import io.powermap.graph.PositionsService;
import io.powermap.health.HealthController;
import io.powermap.health.HealthRepository;
import io.powermap.health.HealthService;
import io.powermap.io.DemoSeeder;
import io.powermap.io.ExportRepository;
import io.powermap.io.ExportService;
import io.powermap.io.ImportRepository;
import io.powermap.io.ImportService;
import io.powermap.io.IoController;
import io.powermap.io.csv.CsvController;
import io.powermap.io.csv.CsvImportRepository;
import io.powermap.io.csv.CsvImportService;
import io.powermap.io.bulk.BulkImportController;
import io.powermap.io.bulk.BulkImportService;
import io.powermap.io.bulk.ImportJobRepository;
import io.powermap.io.generate.GenerateCommand;
import io.powermap.web.Bodies;
import io.powermap.web.JettyProblems;
import io.powermap.web.Json;
import io.powermap.web.JsonCache;
import io.powermap.web.Problems;
import io.powermap.web.Routes;
import io.powermap.web.SecurityHeaders;
import io.powermap.web.Warmup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;

/** Wiring: config, then Neo4j (embedded or remote), repositories, services, and the web server. */
public final class App implements AutoCloseable {

    /** Serialized graph, analysis and search answers kept per account state (LRU by bytes). */
    private static final long ANSWER_CACHE_BYTES = 64L << 20;

    private final Database db;
    private final Javalin web;
    private final Optional<String> seededDemo;
    private final Optional<String> generatedAdminPassword;
    /** How long opening Neo4j took (embedded: starting the DBMS), for the start-up line. */
    private long databaseMillis;
    /** The data directory was empty and got the database template (schema and demo) from the jar. */
    private boolean fromTemplate;
    private final BulkImportService bulkImports;
    private final JsonCache answers;
    private final Optional<Warmup> warmup;

    private App(Database db, Javalin web, Optional<String> seededDemo, Optional<String> generatedAdminPassword,
                BulkImportService bulkImports, JsonCache answers, Optional<Warmup> warmup) {
        this.answers = answers;
        this.warmup = warmup;
        this.db = db;
        this.web = web;
        this.seededDemo = seededDemo;
        this.generatedAdminPassword = generatedAdminPassword;
        this.bulkImports = bulkImports;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("generate")) {
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        long started = System.nanoTime();
        App app;
        try {
            app = start(AppConfig.from(args, System.getenv()));
        } catch (ConfigException e) {
            System.err.println("powermap: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long t = System.nanoTime();
            app.close();
            System.out.printf("Powermap stopped in %d ms%n", (System.nanoTime() - t) / 1_000_000);
        }, "powermap-shutdown"));
        System.out.printf("Powermap ready in %.1f s (%s Neo4j%s up in %.1f s): http://localhost:%d/%n",
                (System.nanoTime() - started) / 1e9, app.db.mode().name().toLowerCase(),
                app.db.mode() == Database.Mode.EMBEDDED ? " at " + app.db.boltUri() : "", app.databaseMillis / 1e3, app.port());
        if (app.fromTemplate) {
            System.out.println("Created the database from the template in the jar (schema and demo built by mvn package)");
        }
        app.seededDemo.ifPresent(id -> System.out.println("Seeded the demo account " + id));
        // Printed once, on the console only (never logged): the first start without POWERMAP_ADMIN_PASSWORD.
        app.generatedAdminPassword.ifPresent(pw -> System.out.println(
                "Created the user 'admin' with the password " + pw + " (shown only now: sign in and change it)"));
    }

    public static App start(AppConfig config) {
        return start(config, DatabaseTemplate.bundled());
    }

    /** Starts with this database template for an empty embedded data directory (used only with the demo on). */
    public static App start(AppConfig config, DatabaseTemplate template) {
        requirePortFree(config.port());
        long opening = System.nanoTime();
        boolean fromTemplate = config.embedded() && config.seedDemo() && template.installIfEmpty(config.dataDir(), LocalDate.now(ZoneOffset.UTC));
        Database db = Database.open(config);
        long databaseMillis = (System.nanoTime() - opening) / 1_000_000;
        try {
            App app = wire(config, db);
            app.databaseMillis = databaseMillis;
            app.fromTemplate = fromTemplate;
            return app;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    private static App wire(AppConfig config, Database db) {
        ObjectMapper mapper = Json.newMapper();
        // Rows read back from the database skip the input-only rules (text, date range): what was stored
        // before a rule existed stays readable.
        ObjectMapper stored = Json.newStoredMapper();
        Queries queries = Queries.load();
        MetaRepository.applySchema(db, queries);

        MetaRepository meta = new MetaRepository(db, queries);
        AuditRepository audit = new AuditRepository(db, queries, stored);
        MembershipRepository memberships = new MembershipRepository(db, queries, audit, stored);
        UserRepository userRepository = new UserRepository(db, queries, stored);
        SecurityLogRepository securityLog = new SecurityLogRepository(db, queries, stored);
        Passwords passwords = new Passwords();
        CredentialCache credentials = new CredentialCache();
        UserService users = new UserService(userRepository, memberships, securityLog, passwords, credentials);
        AuthService auth = new AuthService(new SessionRepository(db, queries, stored), userRepository, memberships,
                securityLog, passwords, config.security(), Clock.systemUTC(), credentials);
        AccessControl access = new AccessControl(auth, config.security().trustProxy());
        AccountService accounts = new AccountService(new AccountRepository(db, queries, audit, stored, memberships));
        ImportRepository importRows = new ImportRepository(queries);
        ImportService imports = new ImportService(db, importRows, audit, memberships);
        BulkImportService bulkImports = new BulkImportService(
                new ImportJobRepository(db, queries, importRows, audit, stored, memberships), mapper,
                config.embedded() ? config.dataDir().toAbsolutePath().resolve("imports")
                        : Path.of(System.getProperty("java.io.tmpdir"), "powermap-imports"),
                UUID.randomUUID().toString(), config.embedded(), config.importBatch());
        ExportService exports = new ExportService(new ExportRepository(db, queries), stored);
        GraphService graph = new GraphService(new GraphRepository(db, queries), config.lodThreshold());
        PersonService people = new PersonService(new PersonRepository(db, queries, audit, stored));
        InfluenceService influences = new InfluenceService(new InfluenceRepository(db, queries, audit, stored));
        AnalysisService analysis = new AnalysisService(new AnalysisRepository(db, queries, stored),
                config.reportsToWeight(), Clock.systemUTC());
        BriefPdf printer = new BriefPdf(config.fontDir());
        VisitService visits = new VisitService(new VisitRepository(db, queries, audit, stored), analysis, printer, Clock.systemUTC());
        ReportService reports = new ReportService(accounts, analysis, new ReportRepository(db, queries), printer, Clock.systemUTC());
        PlanService plan = new PlanService(new PlanRepository(db, queries, audit, stored), analysis, audit, visits, Clock.systemUTC());
        Optional<String> generatedPassword = users.bootstrapAdmin(config.adminPassword());
        Optional<String> seeded = new DemoSeeder(meta, imports, mapper).seedIfFirstStart(config.seedDemo());
        // The demo account belongs to the admin: they can hand it to a team from there.
        seeded.ifPresent(demoId -> users.adminId().ifPresent(adminId ->
                memberships.put(demoId, adminId, Role.OWNER, Actor.SYSTEM)));

        Bodies bodies = new Bodies(mapper, config.maxBodyBytes());
        JsonCache answers = new JsonCache(mapper, ANSWER_CACHE_BYTES);
        Problems problems = new Problems(mapper);
        GraphController graphController = new GraphController(graph, new SearchRepository(db, queries), answers);
        AnalysisController analysisController = new AnalysisController(analysis, answers);
        PositionsService positions = new PositionsService(new PositionsRepository(db, queries), analysis, config.lodThreshold());
        Routes.Controllers controllers = new Routes.Controllers(
                new HealthController(new HealthService(new HealthRepository(db, queries), db.mode())),
                new AccountController(accounts, new StaffRepository(db, queries), bodies),
                graphController,
                new IoController(imports, exports, bodies, config.maxImportBytes()),
                new PersonController(people, accounts, bodies),
                new InfluenceController(influences, accounts, bodies),
                new AuditController(audit, accounts),
                analysisController,
                new AuthController(auth, access, bodies),
                new UserController(users, accounts, access, bodies),
                new PrivacyController(new PrivacyService(new PrivacyRepository(db, queries, audit, stored)), accounts, bodies),
                new CsvController(new CsvImportService(new CsvImportRepository(db, queries, audit)), accounts,
                        config.maxImportBytes()),
                new OrgController(new OrgService(new OrgRepository(db, queries, audit, stored)), accounts, bodies),
                new StaffController(new StaffService(new io.powermap.staff.StaffRepository(db, queries, audit, stored), audit, stored),
                        accounts, bodies),
                new CoverageController(new CoverageService(new CoverageRepository(db, queries, audit, stored)), accounts, bodies),
                new CompetitorController(new CompetitorService(new CompetitorRepository(db, queries, audit, stored)), accounts, bodies),
                new OpportunityController(new OpportunityService(new OpportunityRepository(db, queries, audit, stored)), accounts, bodies),
                new InteractionController(new InteractionService(new InteractionRepository(db, queries, audit, stored)), accounts, bodies),
                new ActionController(new ActionService(new ActionRepository(db, queries, audit, stored)), accounts, bodies),
                new VisitController(visits, accounts, bodies),
                new PlanController(plan, accounts, bodies),
                new PositionsController(positions, bodies),
                new BulkImportController(bulkImports, bodies, config.maxImportBytes()),
                new ReportController(reports));

        Javalin web = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.http.maxRequestSize = config.maxImportBytes();
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            cfg.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            cfg.staticFiles.enableWebjars();
            cfg.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            cfg.routes.before(SecurityHeaders::apply);
            cfg.routes.beforeMatched(access::handle);
            problems.register(cfg.routes);
            cfg.routes.apiBuilder(() -> Routes.define(controllers));
        });
        try {
            web.start(config.port());
        } catch (RuntimeException e) {
            bulkImports.close();
            throw new ConfigException("the HTTP port " + config.port() + " is in use or not allowed: set POWERMAP_PORT (" + e.getMessage() + ")", e);
        }
        bulkImports.start();
        Optional<Warmup> warmup = config.warmup()
                ? Optional.of(new Warmup(meta, passwords, accounts, graphController, analysisController, positions).start())
                : Optional.empty();
        return new App(db, web, seeded, generatedPassword, bulkImports, answers, warmup);
    }

    private static void requirePortFree(int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new ConfigException("the HTTP port " + port + " is in use: stop the other process or set POWERMAP_PORT");
        }
    }

    /** Every route of the routing table as "METHOD /path", for checks that must cover them all. */
    public List<String> routes() {
        Set<HandlerType> verbs = Set.of(HandlerType.GET, HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
        return web.unsafe.internalRouter.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(e -> verbs.contains(e.method))
                .map(e -> e.method.name() + " " + e.path)
                .toList();
    }

    public int port() {
        return web.port();
    }

    /** The password generated for 'admin' on this start, when none was configured and admin was new. */
    public Optional<String> generatedAdminPassword() {
        return generatedAdminPassword;
    }

    /** The Javalin instance, so tests can walk the routing table. */
    public Javalin javalin() {
        return web;
    }

    public Database database() {
        return db;
    }

    /** The cache of graph, analysis and search answers. */
    public JsonCache answers() {
        return answers;
    }

    /** The background warm-up started after start-up, unless it is switched off (POWERMAP_WARMUP). */
    public Optional<Warmup> warmup() {
        return warmup;
    }

    public BulkImportService bulkImports() {
        return bulkImports;
    }

    public Optional<String> seededDemo() {
        return seededDemo;
    }

    public boolean fromTemplate() {
        return fromTemplate;
    }

    @Override
    public void close() {
        try {
            warmup.ifPresent(Warmup::close);
            web.stop();
            bulkImports.close();
        } finally {
            db.close();
        }
    }
}
