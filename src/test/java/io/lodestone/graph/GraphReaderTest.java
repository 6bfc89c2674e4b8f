package io.lodestone.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.beans.factory.annotation.Autowired;

@LodestoneTest
class GraphReaderTest {

    @Autowired
    Driver driver;

    @Test
    void aQueryRunningPastTheTimeoutIsStopped() {
        GraphReader reader = new GraphReader(driver, filesWith("CALL apoc.util.sleep(20000) RETURN 1 AS one"), "neo4j",
                Duration.ofMillis(200));

        assertThatThrownBy(() -> reader.read("slow.cypher", Map.of())).isInstanceOf(QueryTimeoutException.class);
    }

    @Test
    void aQueryNeedingMoreThanTheTransactionMemoryIsStoppedAsTooLarge() {
        // About 1.6 GB of longs as tracked by Neo4j: far above the embedded default of 256 MB.
        GraphReader reader = new GraphReader(driver, filesWith("UNWIND range(1, 200000000) AS x WITH collect(x) AS xs RETURN size(xs) AS n"),
                "neo4j", Duration.ofSeconds(30));

        assertThatThrownBy(() -> reader.read("big.cypher", Map.of())).isInstanceOf(QueryTooLargeException.class);
        // The memory is given back: the next query runs.
        GraphReader next = new GraphReader(driver, filesWith("RETURN 1 AS one"), "neo4j", Duration.ofSeconds(10));
        assertThat(next.read("small.cypher", Map.of()).get(0).get("one").asInt()).isEqualTo(1);
    }

    @Test
    void readsCannotWrite() {
        GraphReader reader = new GraphReader(driver, filesWith("CREATE (probe:WriteProbe) RETURN probe"), "neo4j",
                Duration.ofSeconds(10));

        assertThatThrownBy(() -> reader.read("write.cypher", Map.of())).isInstanceOf(ClientException.class)
                .hasMessageContaining("read");
        assertThat(driver.executableQuery("MATCH (p:WriteProbe) RETURN count(p) AS n").execute().records().get(0)
                .get("n").asLong()).isZero();
    }

    private static CypherFiles filesWith(String query) {
        return new CypherFiles() {
            @Override
            public String get(String path) {
                return query;
            }
        };
    }
}
