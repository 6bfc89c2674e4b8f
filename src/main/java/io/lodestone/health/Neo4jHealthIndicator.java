package io.lodestone.health;

import java.util.Optional;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.GraphReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
import org.springframework.boot.neo4j.autoconfigure.Neo4jProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Replaces Boot's Neo4j indicator (same bean name) to also say whether the database is the
 * embedded one or an external server, and where it answers.
 */
@Component("neo4jHealthIndicator")
class Neo4jHealthIndicator implements HealthIndicator {

    private final Driver driver;
    private final CypherFiles cypher;
    private final Optional<EmbeddedNeo4j> embedded;
    private final String database;
    private final String externalUri;

    Neo4jHealthIndicator(Driver driver, CypherFiles cypher, ObjectProvider<EmbeddedNeo4j> embedded,
                         DataNeo4jProperties data, Neo4jProperties neo4j) {
        this.driver = driver;
        this.cypher = cypher;
        this.embedded = Optional.ofNullable(embedded.getIfAvailable());
        this.database = GraphReader.database(data);
        this.externalUri = String.valueOf(neo4j.getUri());
    }

    @Override
    public Health health() {
        Health.Builder builder = new Health.Builder()
                .withDetail("mode", embedded.isPresent() ? "embedded" : "external")
                .withDetail("uri", embedded.map(e -> e.boltUri().toString()).orElse(externalUri))
                .withDetail("database", database);
        embedded.ifPresent(e -> builder.withDetail("browser", e.httpUri() + "/browser/"));
        try {
            Record component = driver.executableQuery(cypher.get("graph/components.cypher"))
                    .withConfig(QueryConfig.builder().withDatabase(database).withRouting(RoutingControl.READ).build())
                    .execute().records().get(0);
            return builder.up()
                    .withDetail("version", component.get("version").asString())
                    .withDetail("edition", component.get("edition").asString())
                    .build();
        } catch (RuntimeException e) {
            return builder.down().withDetail("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        }
    }
}
