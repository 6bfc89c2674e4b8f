package io.lodestone.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@LodestoneTest
class EmbeddedApplicationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedNeo4j neo4j;

    @Autowired
    ObjectMapper json;

    @Test
    void healthReportsTheEmbeddedDatabaseUp() throws Exception {
        HttpResponse<String> response = get(URI.create("http://localhost:" + port + "/actuator/health"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode neo4jHealth = json.readTree(response.body()).path("components").path("neo4j");
        assertThat(neo4jHealth.path("status").asString()).isEqualTo("UP");
        assertThat(neo4jHealth.path("details").path("mode").asString()).isEqualTo("embedded");
        assertThat(neo4jHealth.path("details").path("version").asString()).startsWith("5.26");
        assertThat(neo4jHealth.path("details").path("edition").asString()).isEqualTo("community");
    }

    @Test
    void boltAnswersOnLoopbackToAnOrdinaryDriver() {
        assertThat(neo4j.boltUri().getHost()).isEqualTo("127.0.0.1");
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var result = driver.executableQuery("RETURN $a + $b AS sum").withParameters(java.util.Map.of("a", 20, "b", 22))
                    .execute();
            assertThat(result.records().get(0).get("sum").asInt()).isEqualTo(42);
        }
    }

    @Test
    void apocAndGraphDataScienceAreRegistered() {
        try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
            var apoc = driver.executableQuery("RETURN apoc.version() AS version").execute();
            var gds = driver.executableQuery("CALL gds.version() YIELD gdsVersion RETURN gdsVersion").execute();
            assertThat(apoc.records().get(0).get("version").asString()).startsWith("5.26");
            assertThat(gds.records().get(0).get("gdsVersion").asString()).startsWith("2.13");
        }
    }

    @Test
    void neo4jBrowserIsServedOverHttp() throws Exception {
        HttpResponse<String> response = get(neo4j.httpUri().resolve("/browser/"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Neo4j Browser");
    }

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
