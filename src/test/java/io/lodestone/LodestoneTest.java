package io.lodestone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole service on random free ports against a real embedded Neo4j. Every test class that
 * uses it shares one application context (and one database), so keep the properties here.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lodestone.embedded.bolt-port=0",
        "lodestone.embedded.http-port=0",
        "lodestone.embedded.data-dir=target/test-graph",
        "lodestone.security.admin-token=" + LodestoneTest.ADMIN_TOKEN,
        "lodestone.security.editor-tokens=" + LodestoneTest.EDITOR + ":" + LodestoneTest.EDITOR_TOKEN,
        "lodestone.documents.directory=target/test-documents",
        // small enough that Tomcat reads the rest of a refused body (2 MB) and the client gets its 413
        "lodestone.documents.max-size=1MB"
})
public @interface LodestoneTest {

    /** The admin token of the shared test service, for the write endpoints. */
    String ADMIN_TOKEN = "test-admin-token-0f3c9a";

    /** An editor of the shared test service (documents, review): its name and token. */
    String EDITOR = "test-editor";
    String EDITOR_TOKEN = "test-editor-token-7d21e4";

    /**
     * Graph Data Science keeps projected graphs in one catalog per JVM, by database name ("neo4j" for
     * every embedded database), and empties it for that name when any of them stops: a class that stops
     * its database while running beside others must not overlap one that projects a graph.
     */
    String GDS_CATALOG = "gds-catalog";
}
