package io.lodestone.external;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

/** External mode against a real Neo4j 5.26 server in a container; skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(properties = "lodestone.import.on-startup=never")
class ExternalNeo4jContainerTest {

    @Container
    static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:5.26-community").withAdminPassword("lodestone-test");

    @DynamicPropertySource
    static void neo4jProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
        registry.add("spring.neo4j.authentication.username", () -> "neo4j");
        registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
    }

    @Autowired
    ApplicationContext context;

    @Test
    void usesTheServerInsteadOfStartingAnEmbeddedDatabase() {
        HealthIndicator health = context.getBean("neo4jHealthIndicator", HealthIndicator.class);

        assertThat(context.getBeanNamesForType(io.lodestone.embedded.EmbeddedNeo4j.class)).isEmpty();
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        assertThat(health.health().getDetails()).containsEntry("mode", "external");
    }
}
