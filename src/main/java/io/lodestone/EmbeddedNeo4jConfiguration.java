package io.lodestone;

import java.net.URI;
import java.util.OptionalLong;

import io.lodestone.embedded.EmbeddedNeo4j;
import io.lodestone.graph.GraphVersion;
import org.neo4j.driver.AuthToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded database when {@code spring.neo4j.uri} (env {@code NEO4J_URI}) is absent or
 * {@code embedded}, and points Boot's driver at it; otherwise Boot connects to the configured server.
 * It joins two features (the database serves the import directory, the bulk import starts the
 * database), so it lives with the application rather than in either of them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.neo4j.uri", havingValue = "embedded", matchIfMissing = true)
class EmbeddedNeo4jConfiguration {

    /** Starts the database in the background early in the context's refresh (see {@link EmbeddedNeo4jStartup}). */
    @Bean
    static EmbeddedNeo4jStartup embeddedNeo4jStartup(Environment environment) {
        return new EmbeddedNeo4jStartup(environment);
    }

    /** Stopped by {@link EmbeddedNeo4jStartup}, after the beans that use it. */
    @Bean(destroyMethod = "")
    EmbeddedNeo4j embeddedNeo4j(EmbeddedNeo4jStartup startup) {
        return startup.await();
    }

    /** Only the embedded database sees every write; with an external server the version is unknown. */
    @Bean
    GraphVersion graphVersion(EmbeddedNeo4j neo4j) {
        return () -> OptionalLong.of(neo4j.commits());
    }

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(EmbeddedNeo4j neo4j) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return neo4j.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return neo4j.authToken();
            }
        };
    }
}
