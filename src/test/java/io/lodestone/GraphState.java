package io.lodestone;

import java.util.Map;

import io.lodestone.graph.CypherFiles;
import org.neo4j.driver.Driver;

/** Sizes and a fingerprint of the whole graph: equal before and after means nothing was written. */
public final class GraphState {

    private GraphState() {
    }

    public static Map<String, Object> of(Driver driver, CypherFiles cypher) {
        return driver.executableQuery(cypher.get("test/graph-state.cypher")).execute().records().get(0).asMap();
    }
}
