package io.lodestone.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.neo4j.autoconfigure.DataNeo4jProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Brings the database's constraints and indexes up to date at start-up with Neo4j-Migrations,
 * from the versioned files in {@code cypher/schema/}. The offline tools that run without Spring
 * (the bulk import) call {@link #migrate} themselves.
 * <p>
 * The files are listed with Spring's resource resolver, which reads only the jars that hold
 * {@value #LOCATION}, rather than with Neo4j-Migrations' default scanner (ClassGraph), which opens
 * every jar of the classpath: seconds at each start of the service for the same four files.
 */
@Component
public class GraphSchema implements InitializingBean {

    private static final String LOCATION = "cypher/schema";

    private static final Logger log = LoggerFactory.getLogger(GraphSchema.class);

    private final Driver driver;
    private final String database;

    @Autowired
    GraphSchema(Driver driver, DataNeo4jProperties data) {
        this(driver, GraphReader.database(data));
    }

    public GraphSchema(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    @Override
    public void afterPropertiesSet() {
        migrate(driver, database);
    }

    /** Applies the migrations of {@code cypher/schema/} that the database does not have yet. */
    public static void migrate(Driver driver, String database) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                .withResourceScanner(GraphSchema::resources)
                .withDatabase(database)
                .build();
        new Migrations(config, driver).apply()
                .ifPresent(version -> log.info("Graph schema is at version {}", version.getValue()));
    }

    /**
     * The files under the given classpath locations. A file name found in more than one classpath
     * entry counts once, the first one wins, as with class loading (a forked test run can see the
     * same file through two entries).
     */
    private static List<URL> resources(List<String> locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(GraphSchema.class.getClassLoader());
        Map<String, URL> urls = new LinkedHashMap<>();
        try {
            for (String location : locations) {
                for (Resource resource : resolver.getResources("classpath*:" + location + "/**/*")) {
                    String name = resource.getFilename();
                    if (name != null && !name.isEmpty() && resource.isReadable()) {
                        urls.putIfAbsent(location + "/" + name, resource.getURL());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the schema migrations under " + locations, e);
        }
        return new ArrayList<>(urls.values());
    }
}
