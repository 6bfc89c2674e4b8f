package io.lodestone.embedded;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import io.lodestone.StartupFailure;
import io.lodestone.graph.CypherFiles;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.procedure.impl.GlobalProceduresRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, persistent Neo4j running in the service's JVM, with Bolt, HTTP (Neo4j Browser),
 * APOC and Graph Data Science.
 */
public final class EmbeddedNeo4j {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    static final String USER = "neo4j";

    private final DatabaseManagementService service;
    private final URI boltUri;
    private final URI httpUri;
    private final AuthToken authToken;
    private final Path home;
    private final AtomicLong commits;

    private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, URI httpUri, AuthToken authToken, Path home,
                          AtomicLong commits) {
        this.service = service;
        this.boltUri = boltUri;
        this.httpUri = httpUri;
        this.authToken = authToken;
        this.home = home;
        this.commits = commits;
    }

    /** @param importDir Neo4j's import directory, the root of LOAD CSV's {@code file:///} */
    public static EmbeddedNeo4j start(EmbeddedNeo4jProperties properties, Path importDir) {
        InetAddress address = resolve(properties.listenAddress());
        boolean authRequired = properties.password() != null && !properties.password().isBlank();
        if (!address.isLoopbackAddress() && !authRequired) {
            throw new StartupFailure(
                    "The embedded Neo4j would listen on " + properties.listenAddress()
                            + ", reachable from other machines, without authentication.",
                    "Set lodestone.embedded.password (LODESTONE_EMBEDDED_PASSWORD) to a password of your own,"
                            + " or keep lodestone.embedded.listen-address at 127.0.0.1.");
        }
        Path home = writableDirectory(properties.dataDir());
        importDir = importDir.toAbsolutePath().normalize();
        checkPortFree(address, properties.boltPort(), "Bolt", "lodestone.embedded.bolt-port");
        checkPortFree(address, properties.httpPort(), "HTTP (Neo4j Browser)", "lodestone.embedded.http-port");

        Path conf = writeConfiguration(home, importDir, properties, authRequired);
        long started = System.nanoTime();
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();
        } catch (RuntimeException e) {
            throw explain(e, home, properties);
        }
        GraphDatabaseAPI database = (GraphDatabaseAPI) service.database("neo4j");
        AtomicLong commits = countCommits(service);
        new ProcedureRegistrar(database.getDependencyResolver().resolveDependency(GlobalProceduresRegistry.class)).registerAll();
        AuthToken token = AuthTokens.none();
        if (authRequired) {
            service.database("system").executeTransactionally(
                    new CypherFiles().get("embedded/set-password.cypher"),
                    Map.of("password", properties.password()));
            token = AuthTokens.basic(USER, properties.password());
        }
        ConnectorPortRegister ports = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        String host = properties.listenAddress();
        URI bolt = URI.create("bolt://" + host + ":" + ports.getLocalAddress(ConnectorType.BOLT).getPort());
        URI http = URI.create("http://" + host + ":" + ports.getLocalAddress(ConnectorType.HTTP).getPort());
        log.info("Embedded Neo4j started in {} ms: Bolt {}, Browser {}/browser/, data {}",
                (System.nanoTime() - started) / 1_000_000, bolt, http, home);
        return new EmbeddedNeo4j(service, bolt, http, token, home, commits);
    }

    /**
     * Counts the transactions that write to the database, from whatever client, before and after each
     * commit: what was read while a write was committing is counted under a number that is gone by the
     * time the writer is told it succeeded (Neo4j calls listeners only for transactions with changes).
     */
    private static AtomicLong countCommits(DatabaseManagementService service) {
        AtomicLong commits = new AtomicLong();
        service.registerTransactionEventListener("neo4j", new TransactionEventListenerAdapter<Void>() {
            @Override
            public Void beforeCommit(TransactionData data, Transaction transaction,
                                     GraphDatabaseService databaseService) {
                commits.incrementAndGet();
                return null;
            }

            @Override
            public void afterCommit(TransactionData data, Void state, GraphDatabaseService databaseService) {
                commits.incrementAndGet();
            }

            @Override
            public void afterRollback(TransactionData data, Void state, GraphDatabaseService databaseService) {
                commits.incrementAndGet();
            }
        });
        return commits;
    }

    /** Moves on whenever a write to the database commits (see {@link #countCommits}). */
    public long commits() {
        return commits.get();
    }

    public URI boltUri() {
        return boltUri;
    }

    public URI httpUri() {
        return httpUri;
    }

    public AuthToken authToken() {
        return authToken;
    }

    public Path home() {
        return home;
    }

    public void stop() {
        service.shutdown();
    }

    private static InetAddress resolve(String listenAddress) {
        try {
            return InetAddress.getByName(listenAddress);
        } catch (UnknownHostException e) {
            throw new StartupFailure("lodestone.embedded.listen-address '" + listenAddress + "' is not a known address.",
                    "Set lodestone.embedded.listen-address to an address of this machine, e.g. 127.0.0.1.", e);
        }
    }

    private static Path writableDirectory(Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException | SecurityException e) {
            throw notWritable(home, e);
        }
        if (!Files.isWritable(home)) {
            throw notWritable(home, null);
        }
        return home;
    }

    private static StartupFailure notWritable(Path home, Exception cause) {
        return new StartupFailure("The data directory " + home + " cannot be created or written to.",
                "Make it writable for this user, or set lodestone.embedded.data-dir (LODESTONE_EMBEDDED_DATADIR)"
                        + " to a writable directory.", cause);
    }

    private static void checkPortFree(InetAddress address, int port, String connector, String setting) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port));
        } catch (IOException e) {
            throw portTaken(address.getHostAddress(), port, connector, setting, e);
        }
    }

    private static StartupFailure portTaken(String host, int port, String connector, String setting, Exception e) {
        return new StartupFailure(
                "Port " + port + " on " + host + " for the embedded Neo4j's " + connector + " connector is already in use.",
                "Stop the process that uses it, or set " + setting + " to a free port (0 picks any free port).", e);
    }

    private static StartupFailure explain(RuntimeException e, Path home, EmbeddedNeo4jProperties properties) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return portTaken(properties.listenAddress(), properties.boltPort(), "Bolt or HTTP",
                        "lodestone.embedded.bolt-port or lodestone.embedded.http-port", e);
            }
            if (t.getClass().getSimpleName().equals("FileLockException")) {
                return new StartupFailure("The data directory " + home + " is in use by another Neo4j or Lodestone process.",
                        "Stop the other process, or set lodestone.embedded.data-dir to another directory.", e);
            }
        }
        return new StartupFailure("The embedded Neo4j failed to start: " + e.getMessage(),
                "See " + home.resolve("logs/debug.log") + "; extra settings under lodestone.embedded.settings"
                        + " must be valid Neo4j settings.", e);
    }

    private static Path writeConfiguration(Path home, Path importDir, EmbeddedNeo4jProperties properties,
                                           boolean authRequired) {
        Map<String, String> settings = new LinkedHashMap<>();
        String host = properties.listenAddress();
        settings.put("server.bolt.enabled", "true");
        settings.put("server.bolt.listen_address", host + ":" + properties.boltPort());
        settings.put("server.http.enabled", "true");
        settings.put("server.http.listen_address", host + ":" + properties.httpPort());
        settings.put("server.https.enabled", "false");
        settings.put("server.directories.import", importDir.toString());
        settings.put("server.memory.pagecache.size", properties.pageCache().toBytes() + "");
        settings.put("db.memory.transaction.total.max", properties.transactionMemory().toBytes() + "");
        settings.put("dbms.security.auth_enabled", Boolean.toString(authRequired));
        settings.put("dbms.security.procedures.unrestricted", "apoc.*,gds.*");
        settings.put("dbms.usage_report.enabled", "false");
        // Browser plays guides and loads styles only from these hosts: the service's own guide
        // (:play http://localhost:8080/guides/lodestone.html) and Neo4j's built-in ones.
        // Neo4j 5.26 still names this setting "whitelist" (no "allowlist" alias is declared).
        settings.put("browser.remote_content_hostname_whitelist", "guides.neo4j.com,localhost,127.0.0.1");
        // Neo4j waits 10 s for quiet Bolt channels at shutdown by default; nothing needs that here.
        settings.put("internal.dbms.bolt.netty_server_shutdown_quiet_period", "0");
        settings.putAll(properties.settings());
        String text = settings.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("\n", "# Written by Lodestone at each start; change lodestone.embedded.* instead\n", "\n"));
        Path conf = home.resolve("conf/neo4j.conf");
        try {
            Files.createDirectories(conf.getParent());
            Files.writeString(conf, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw notWritable(home, e);
        }
        return conf;
    }
}
