package io.powermap.db;

import io.powermap.config.AppConfig;
import io.powermap.config.ConfigException;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The one Driver of the process, and the embedded DBMS behind it when no NEO4J_URI is given.
 * Everything talks to Neo4j through the Driver, so embedded and remote share one code path.
 * Only repositories call {@link #read} and {@link #write}.
 */
public final class Database implements AutoCloseable {

    public enum Mode { EMBEDDED, REMOTE }

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Mode mode;
    private final DatabaseManagementService embedded;
    private final String boltUri;

    private Database(Driver driver, String databaseName, Mode mode, DatabaseManagementService embedded, String boltUri) {
        this.driver = driver;
        this.sessionConfig = databaseName == null
                ? SessionConfig.defaultConfig()
                : SessionConfig.forDatabase(databaseName);
        this.mode = mode;
        this.embedded = embedded;
        this.boltUri = boltUri;
    }

    public static Database open(AppConfig config) {
        return config.neo4jUri()
                .map(uri -> remote(uri, config.neo4jUser(), config.neo4jPassword(), config.neo4jDatabase()))
                .orElseGet(() -> embedded(config.dataDir(), config.boltPort(), config.pageCacheMb()));
    }

    /** Starts Neo4j in this JVM with Bolt bound to localhost only, then connects through the Driver. */
    public static Database embedded(Path dataDir, int boltPort, long pageCacheMb) {
        return embedded(dataDir, boltPort, pageCacheMb, Map.of());
    }

    /** As above, with more Neo4j settings (the template build turns off transaction log preallocation). */
    public static Database embedded(Path dataDir, int boltPort, long pageCacheMb, Map<Setting<?>, Object> settings) {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException("cannot create the data directory " + dir + ": set POWERMAP_DATA to a writable directory", e);
        }
        if (!Files.isWritable(dir)) {
            throw new ConfigException("the data directory " + dir + " is not writable: set POWERMAP_DATA to a writable directory");
        }
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ZERO)
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ZERO)
                    .setConfig(settings)
                    .build();
        } catch (RuntimeException e) {
            throw new ConfigException(embeddedStartProblem(e, dir, boltPort), e);
        }
        int port;
        try {
            GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            port = system.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT).getPort();
        } catch (RuntimeException e) {
            dbms.shutdown();
            throw new ConfigException(embeddedStartProblem(e, dir, boltPort), e);
        }
        String uri = "bolt://localhost:" + port;
        Driver driver = GraphDatabase.driver(uri, AuthTokens.none(), driverConfig());
        try {
            driver.verifyConnectivity();
        } catch (RuntimeException e) {
            driver.close();
            dbms.shutdown();
            throw new ConfigException("embedded Neo4j started but its Bolt port " + port + " did not answer: " + e.getMessage(), e);
        }
        return new Database(driver, null, Mode.EMBEDDED, dbms, uri);
    }

    /** Connects to a Neo4j server or cluster; fails with one clear line when it cannot. */
    public static Database remote(String uri, String user, String password, String databaseName) {
        Driver driver;
        try {
            driver = GraphDatabase.driver(uri, AuthTokens.basic(user, password), driverConfig());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("NEO4J_URI '" + uri + "' is not a valid Neo4j URI (use bolt://, neo4j:// or neo4j+s://): " + e.getMessage(), e);
        }
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            driver.close();
            throw new ConfigException("Neo4j at " + uri + " rejected user '" + user + "': check NEO4J_USER and NEO4J_PASSWORD", e);
        } catch (ServiceUnavailableException e) {
            driver.close();
            throw new ConfigException("cannot reach Neo4j at " + uri + ": check NEO4J_URI and that the server is running (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            driver.close();
            throw new ConfigException("cannot use Neo4j at " + uri + ": " + e.getMessage(), e);
        }
        return new Database(driver, databaseName == null || databaseName.isBlank() ? null : databaseName, Mode.REMOTE, null, uri);
    }

    private static Config driverConfig() {
        return Config.builder()
                .withConnectionTimeout(3, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                // Managed transactions retry transient failures with back-off 1 s, 2 s, 4 s (±20 %) while
                // less than this has passed: 3 s let a last attempt start near 3 s and sleep 4 s more, so a
                // request failed after up to ~7.6 s when Neo4j was down (measured 6.8-7.9 s). With 2 s the
                // last attempt starts by ~3.6 s: a 503 comes in about 3-4 s (DatabaseOutageTest).
                .withMaxTransactionRetryTime(2, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .withLogging(Logging.none())
                .build();
    }

    private static String embeddedStartProblem(Throwable e, Path dir, int boltPort) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            String msg = String.valueOf(t.getMessage());
            if (t instanceof java.net.BindException || msg.contains("Address already in use")) {
                return "the Bolt port " + boltPort + " is in use: stop the other process or set POWERMAP_BOLT_PORT (0 picks a free port)";
            }
            if (name.contains("FileLock") || msg.contains("lock")) {
                return "the data directory " + dir + " is in use by another Neo4j or Powermap process: stop it or set POWERMAP_DATA";
            }
            if (t instanceof java.nio.file.AccessDeniedException) {
                return "the data directory " + dir + " is not writable: set POWERMAP_DATA to a writable directory";
            }
        }
        return "embedded Neo4j did not start in " + dir + ": " + e.getMessage();
    }

    public <T> T read(TransactionCallback<T> work) {
        try (Session session = driver.session(sessionConfig)) {
            return session.executeRead(work);
        }
    }

    /** How often a write that found a node deleted under it, or deadlocked, by concurrent commits runs in all (see {@link #write}). */
    private static final int ENTITY_GONE_ATTEMPTS = 3;

    /**
     * Runs the work in a write transaction (retried by the driver on transient errors). A transaction that matched a
     * node another transaction then deleted and committed fails when it touches it ("Unable to load NODE",
     * {@code EntityNotFound}): nothing of it was written, so it runs again, and this time finds the node gone and
     * answers as for any missing reference (404, 400) instead of a 500.
     */
    public <T> T write(TransactionCallback<T> work) {
        for (int attempt = 1; ; attempt++) {
            try (Session session = driver.session(sessionConfig)) {
                return session.executeWrite(work);
            } catch (ClientException | TransientException e) {
                // A deadlock the driver still met at the end of its 2 s of retries (many writers on one account at once) is
                // another round of the same: the work is rolled back and runs again. An outage is neither: it fails fast.
                String code = String.valueOf(e.code());
                if (attempt >= ENTITY_GONE_ATTEMPTS || !(code.endsWith(".EntityNotFound") || code.endsWith(".DeadlockDetected"))) {
                    throw e;
                }
            }
        }
    }

    /** For schema commands, which may not run inside an explicit or managed write transaction. */
    public void autoCommit(String cypher) {
        try (Session session = driver.session(sessionConfig)) {
            session.run(cypher).consume();
        }
    }

    public Mode mode() {
        return mode;
    }

    public String boltUri() {
        return boltUri;
    }

    public Optional<DatabaseManagementService> embeddedService() {
        return Optional.ofNullable(embedded);
    }

    public Driver driver() {
        return driver;
    }

    @Override
    public void close() {
        try {
            driver.close();
        } finally {
            if (embedded != null) {
                embedded.shutdown();
            }
        }
    }
}
