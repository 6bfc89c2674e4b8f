package io.lodestone.analytics;

import io.lodestone.problem.ProblemException;
import org.springframework.http.HttpStatus;

/** The Neo4j server has no Graph Data Science library; answered 501. */
public class GdsUnavailableException extends ProblemException {

    GdsUnavailableException(Throwable cause) {
        super(HttpStatus.NOT_IMPLEMENTED, "gds-unavailable", "Graph Data Science unavailable",
                "This Neo4j server does not provide Graph Data Science (gds.* procedures), which centrality needs."
                        + " Install the GDS plugin on the server (docker-compose.yml does), or use the embedded default.", cause);
    }
}
