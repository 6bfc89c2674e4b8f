package io.lodestone.external;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.lodestone.ApiClient;
import io.lodestone.ApiClient.Response;
import io.lodestone.ForkedService;
import io.lodestone.LodestoneApplication;
import io.lodestone.graph.GraphVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.neo4j.driver.Driver;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Neo4j server in a separate process is the external database: killing it turns health DOWN and
 * API calls into fast 503 problems; starting it again on the same port and data restores service
 * without restarting Lodestone.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "its Neo4j server runs in a process of its own, its service on that server and a port of its own")
@ResourceLock(ForkedService.PROCESSES)
class ExternalNeo4jFaultTest {

    /** Generous bound for one HTTP call: a call that hangs on a dead database fails the test. */
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(20);

    static final Path DATA = Path.of("target/fault-test-neo4j").toAbsolutePath();
    static int boltPort;
    static Process server;
    static ConfigurableApplicationContext lodestone;
    static ApiClient api;

    @BeforeAll
    static void startServerAndLodestone() throws Exception {
        boltPort = freePort();
        server = startServer();
        lodestone = new SpringApplication(LodestoneApplication.class).run(
                "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort,
                "--lodestone.import.on-startup=never",
                "--server.port=0");
        api = new ApiClient(((WebServerApplicationContext) lodestone).getWebServer().getPort());
    }

    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (lodestone != null) {
            lodestone.close();
        }
        if (server != null) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aStoppedServerMakesHealthDownAndCallsFailWith503ThenServiceResumesWhenItIsBack() throws Exception {
        assertThat(get("/actuator/health").status()).isEqualTo(200);
        assertThat(get("/api/sources").status()).isEqualTo(200);

        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Response down = get("/actuator/health");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().path("components").path("neo4j").path("status").asString()).isEqualTo("DOWN");
        for (String path : new String[] {"/api/sources", "/api/entities?q=vietnam", "/api/entities/country:VN",
                "/api/paths?from=bloc:EU&to=firm:huawei"}) {
            Response call = get(path);
            assertThat(call.status()).as(path).isEqualTo(503);
            assertThat(call.contentType()).startsWith("application/problem+json");
            assertThat(call.json().get("type").asString()).isEqualTo("urn:lodestone:problem:database-unavailable");
            assertThat(call.json().get("detail").asString()).contains("/actuator/health");
        }

        server = startServer();

        Response health = awaitHealthy();
        assertThat(health.status()).as("health after the restart: %s", health.text()).isEqualTo(200);
        assertThat(get("/api/sources").status()).isEqualTo(200);
        assertThat(get("/api/entities?q=vietnam").status()).isEqualTo(200);
    }

    /**
     * Another client's write to the server is in the next answer: the service cannot see the server's
     * commits, so it keeps no resource's figures between answers (analytics/ReadCache).
     */
    @Test
    void anotherClientsWriteToTheServerIsInTheNextAnswer() {
        assertThat(lodestone.getBeanProvider(GraphVersion.class).getIfAvailable()).isNull();
        Driver driver = lodestone.getBean(Driver.class);
        driver.executableQuery("""
                MERGE (a:Entity:Actor:Country {id: 'country:external-test-a'}) SET a.name = 'A'
                MERGE (b:Entity:Actor:Country {id: 'country:external-test-b'}) SET b.name = 'B'
                MERGE (m:Entity:Resource:Mineral {id: 'mineral:external-test'}) SET m.name = 'X'""").execute();
        try {
            assertThat(producers()).isEmpty();
            driver.executableQuery("""
                    MATCH (b:Entity {id: 'country:external-test-b'}), (m:Entity {id: 'mineral:external-test'})
                    CREATE (b)-[:PRODUCES {id: 'fact:external-test-b-produces', year: 2024, shareOfWorld: 0.5, confidence: 'high'}]->(m)""")
                    .execute();
            assertThat(producers()).containsExactly("country:external-test-b");
        } finally {
            driver.executableQuery("MATCH (n:Entity) WHERE n.id IN ['country:external-test-a', 'country:external-test-b', 'mineral:external-test'] DETACH DELETE n")
                    .execute();
        }
    }

    private static List<String> producers() {
        Response answer = get("/api/dependencies?actor=country:external-test-a&resource=mineral:external-test");
        assertThat(answer.status()).as(answer.text()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        answer.json().get("concentration").get("producers").forEach(p -> ids.add(p.get("producer").get("id").asString()));
        return ids;
    }

    /** Polls health until UP; generous, because a killed Neo4j recovers its store first and CI machines may be busy. */
    private static Response awaitHealthy() throws InterruptedException {
        Response health = get("/actuator/health");
        for (int attempt = 0; attempt < 600 && health.status() != 200; attempt++) {
            Thread.sleep(200);
            health = get("/actuator/health");
        }
        return health;
    }

    private static Response get(String pathAndQuery) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + pathAndQuery)).timeout(CALL_TIMEOUT).GET().build());
    }

    private static Process startServer() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only: the server lives seconds, mostly starting (as ForkedService)
        Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), StandaloneNeo4j.class.getName(),
                Integer.toString(boltPort), DATA.toString())
                .redirectErrorStream(true)
                .start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            // Reads to the end, so the process never blocks on a full pipe.
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                    if (line.equals("READY")) {
                        ready.complete(null);
                    }
                }
            } catch (IOException e) {
                ready.completeExceptionally(e);
            }
            ready.completeExceptionally(new IllegalStateException("the Neo4j server process ended before it was ready"));
        }, "neo4j-server-output");
        reader.setDaemon(true);
        reader.start();
        try {
            ready.get(120, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("could not start the Neo4j server process", e);
        }
        return process;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        }
    }
}
