package io.lodestone.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.lodestone.StartupFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.GraphDatabase;
import org.springframework.util.unit.DataSize;

class EmbeddedNeo4jTest {

    private static final Path IMPORT = Path.of("import");

    @TempDir
    Path dir;

    @Test
    void dataSurvivesAStopAndAStart() {
        EmbeddedNeo4jProperties properties = properties(dir.resolve("data"), "127.0.0.1", 0, 0, null);

        EmbeddedNeo4j first = EmbeddedNeo4j.start(properties, IMPORT);
        try (Driver driver = GraphDatabase.driver(first.boltUri(), first.authToken())) {
            driver.executableQuery("CREATE (:Marker {id: $id})").withParameters(Map.of("id", "kept")).execute();
        } finally {
            first.stop();
        }

        EmbeddedNeo4j second = EmbeddedNeo4j.start(properties, IMPORT);
        try (Driver driver = GraphDatabase.driver(second.boltUri(), second.authToken())) {
            var records = driver.executableQuery("MATCH (m:Marker) RETURN m.id AS id").execute().records();
            assertThat(records).extracting(r -> r.get("id").asString()).containsExactly("kept");
        } finally {
            second.stop();
        }
    }

    @Test
    void aConfiguredPasswordTurnsAuthenticationOn() {
        EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(properties(dir.resolve("data"), "127.0.0.1", 0, 0, "s3cret-enough"), IMPORT);
        try {
            try (Driver driver = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.basic("neo4j", "s3cret-enough"))) {
                assertThat(driver.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt()).isEqualTo(1);
            }
            try (Driver anonymous = GraphDatabase.driver(neo4j.boltUri(), AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity).isInstanceOf(AuthenticationException.class);
            }
        } finally {
            neo4j.stop();
        }
    }

    @Test
    void aTakenBoltPortNamesThePortAndTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(dir.resolve("data"), "127.0.0.1", port, 0, null), IMPORT))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("Bolt")
                    .satisfies(e -> assertThat(((StartupFailure) e).action()).contains("lodestone.embedded.bolt-port"));
        }
    }

    @Test
    void aTakenHttpPortNamesItsSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(dir.resolve("data"), "127.0.0.1", 0, port, null), IMPORT))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("Port " + port)
                    .satisfies(e -> assertThat(((StartupFailure) e).action()).contains("lodestone.embedded.http-port"));
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedNamesTheSetting() throws Exception {
        Path aFile = Files.writeString(dir.resolve("not-a-directory"), "x");

        assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(aFile.resolve("data"), "127.0.0.1", 0, 0, null), IMPORT))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining(aFile.resolve("data").toString())
                .satisfies(e -> assertThat(((StartupFailure) e).action()).contains("lodestone.embedded.data-dir"));
    }

    @Test
    void listeningBeyondLoopbackWithoutAPasswordIsRefused() {
        assertThatThrownBy(() -> EmbeddedNeo4j.start(properties(dir.resolve("data"), "0.0.0.0", 0, 0, null), IMPORT))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("without authentication")
                .satisfies(e -> assertThat(((StartupFailure) e).action()).contains("lodestone.embedded.password"));
        assertThat(dir.resolve("data")).doesNotExist();
    }

    private static EmbeddedNeo4jProperties properties(Path data, String address, int bolt, int http, String password) {
        return new EmbeddedNeo4jProperties(data, address, bolt, http,
                DataSize.ofMegabytes(32), DataSize.ofMegabytes(128), password, Map.of());
    }
}
