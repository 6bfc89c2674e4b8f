package io.lodestone.analytics;

/** The Neo4j server has no Graph Data Science library; answered 501. */
public class GdsUnavailableException extends RuntimeException {

    GdsUnavailableException(Throwable cause) {
        super("This Neo4j server does not provide Graph Data Science (gds.* procedures), which centrality needs."
                + " Install the GDS plugin on the server (docker-compose.yml does), or use the embedded default.", cause);
    }
}
