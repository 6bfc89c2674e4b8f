package io.lodestone.external;

import io.lodestone.StartupFailure;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * With an external server configured, fails start-up early with a message naming the settings
 * instead of letting the first request find out.
 */
@Component
@ConditionalOnExpression("'${spring.neo4j.uri:embedded}' != 'embedded'")
class ExternalNeo4jCheck implements BeanPostProcessor {

    private final Environment environment;

    ExternalNeo4jCheck(Environment environment) {
        this.environment = environment;
    }

    /** Checks the driver as soon as it exists, before any bean (schema, reconciling documents) uses it. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Driver driver) {
            check(driver, environment.getProperty("spring.neo4j.uri"));
        }
        return bean;
    }

    private static void check(Driver driver, String uri) {
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            throw new StartupFailure("Neo4j at " + uri + " refused the credentials: " + e.getMessage(),
                    "Set NEO4J_USERNAME and NEO4J_PASSWORD (spring.neo4j.authentication.*) to a user of that server.", e);
        } catch (Neo4jException | IllegalStateException e) {
            throw new StartupFailure("Cannot reach Neo4j at " + uri + ": " + e.getMessage(),
                    "Start that server, or correct NEO4J_URI (spring.neo4j.uri), e.g. bolt://host:7687 or neo4j+s://xxxx.databases.neo4j.io;"
                            + " unset it to use the embedded database.", e);
        }
    }
}
