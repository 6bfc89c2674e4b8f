package io.lodestone.embedded;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Neo4j that runs inside the service when no external server is configured.
 * Unknown keys under {@code lodestone.embedded} fail start-up rather than being ignored silently.
 *
 * @param dataDir        where the database lives; survives restarts
 * @param listenAddress  interface Bolt and HTTP bind to
 * @param boltPort       Bolt port, 0 for a free one
 * @param httpPort       HTTP port of Neo4j Browser, 0 for a free one
 * @param pageCache      page cache size
 * @param transactionMemory  upper bound of memory all transactions may use together
 * @param password       password of user neo4j; required when binding to a non-loopback address
 * @param settings       further raw Neo4j settings, e.g. {@code db.logs.query.enabled=INFO}
 */
@ConfigurationProperties(prefix = "lodestone.embedded", ignoreUnknownFields = false)
public record EmbeddedNeo4jProperties(
        @DefaultValue("data") Path dataDir,
        @DefaultValue("127.0.0.1") String listenAddress,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("7474") int httpPort,
        @DefaultValue("128MB") DataSize pageCache,
        @DefaultValue("256MB") DataSize transactionMemory,
        String password,
        Map<String, String> settings) {

    public EmbeddedNeo4jProperties {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
