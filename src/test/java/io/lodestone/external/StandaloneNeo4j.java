package io.lodestone.external;

import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A small Neo4j server on loopback, run as its own process by {@link ExternalNeo4jFaultTest} so that
 * it can be killed and started again like an external server. Prints {@code READY} once Bolt answers.
 * Arguments: Bolt port, data directory.
 */
public final class StandaloneNeo4j {

    private StandaloneNeo4j() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = Integer.parseInt(args[0]);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(Path.of(args[1]))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 16L * 1024 * 1024)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(service::shutdown));
        service.database("neo4j").executeTransactionally("RETURN 1");
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }
}
