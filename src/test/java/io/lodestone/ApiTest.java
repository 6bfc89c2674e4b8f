package io.lodestone;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import io.lodestone.graph.CypherFiles;
import org.junit.jupiter.api.BeforeEach;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the tests that call the running service over HTTP and check the graph behind it. */
@LodestoneTest
public abstract class ApiTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    @Autowired
    protected CypherFiles cypher;

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** Sizes and a fingerprint of the graph: equal before and after means nothing was written. */
    protected Map<String, Object> graphState() {
        return GraphState.of(driver, cypher);
    }

    protected ApiClient.Response postJson(String path, String json) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
