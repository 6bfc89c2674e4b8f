package io.lodestone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service in a JVM of its own, ingesting documents in a loop, killed with SIGKILL (kill -9)
 * while ingests are in flight, then started again on the same files and database: every ingest it
 * had acknowledged is there, files and graph, and no temporary or half-written file is left.
 */
class DocumentCrashTest {

    private static final String TOKEN = "crash-test-editor-token";
    private static final Duration START_UP = Duration.ofMinutes(10);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 6;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void aKilledIngestLosesNoAcknowledgedDocumentAndLeavesNoPartialFile() throws Exception {
        Path root = Path.of("target/crash-test", UUID.randomUUID().toString()).toAbsolutePath();
        Path documents = root.resolve("documents");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();

        int port = freePort();
        Process first = start(root, port, "first.log");
        try {
            awaitUp(first, port);
            AtomicBoolean running = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int n = 0; running.get(); n++) {
                    String text = article(n);
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                        URI.create("http://127.0.0.1:" + port + "/api/documents?title=Crash+" + n))
                                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/plain")
                                .timeout(Duration.ofSeconds(60))
                                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201 || response.statusCode() == 200) {
                            acknowledged.put(json.readTree(response.body()).get("id").asString(), text);
                        }
                    } catch (IOException e) {
                        return; // the process is gone
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
            writer.start();
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
            first.waitFor(60, TimeUnit.SECONDS);
            running.set(false);
            writer.join(Duration.ofSeconds(70).toMillis());
        } finally {
            first.destroyForcibly();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        Process second = start(root, port, "second.log");
        try {
            awaitUp(second, port);
            for (Map.Entry<String, String> entry : acknowledged.entrySet()) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/documents/" + entry.getKey())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(200);
                assertThat(json.readTree(response.body()).get("text").asString()).isEqualTo(entry.getValue());
            }
        } finally {
            second.destroyForcibly();
            second.waitFor(60, TimeUnit.SECONDS);
        }

        List<String> files;
        try (Stream<Path> list = Files.list(documents)) {
            files = list.map(f -> f.getFileName().toString()).toList();
        }
        assertThat(files).noneMatch(f -> f.endsWith(".tmp"));
        Set<String> texts = files.stream().filter(f -> f.endsWith(".txt")).map(f -> f.replace(".txt", "")).collect(Collectors.toSet());
        Set<String> metadata = files.stream().filter(f -> f.endsWith(".json")).map(f -> f.replace(".json", "")).collect(Collectors.toSet());
        assertThat(texts).isEqualTo(metadata);
        for (String key : metadata) {
            JsonNode meta = json.readTree(Files.readString(documents.resolve(key + ".json")));
            assertThat(Hashes.sha256(Files.readString(documents.resolve(key + ".txt")))).isEqualTo(meta.get("contentHash").asString());
        }
        assertThat(metadata).containsAll(acknowledged.keySet().stream().map(id -> id.substring(9)).toList());
        String audit = Files.readString(documents.resolve("audit.jsonl"));
        for (String id : acknowledged.keySet()) {
            assertThat(audit).contains("\"target\":\"" + id + "\"");
        }
    }

    /** A news-style text of about 700 words, different for each n. */
    private static String article(int n) {
        StringBuilder text = new StringBuilder("Crash test report number " + n + "\n\n");
        for (int i = 0; i < 40; i++) {
            text.append("Paragraph ").append(i).append(" of report ").append(n)
                    .append(": Vietnam and the European Union discussed tungsten and rare earths with Nokia and Viettel")
                    .append(" in Hanoi, officials said.\n\n");
        }
        return text.toString().strip();
    }

    private static Process start(Path root, int port, String log) throws IOException {
        Files.createDirectories(root);
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx1g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "io.lodestone.LodestoneApplication",
                "--server.port=" + port,
                "--lodestone.embedded.bolt-port=0",
                "--lodestone.embedded.http-port=0",
                "--lodestone.embedded.data-dir=" + root.resolve("graph"),
                "--lodestone.documents.directory=" + root.resolve("documents"),
                "--lodestone.import.on-startup=never",
                // a machine shared by many builds may take longer than the 5 s default to hand out the first connection
                "--spring.neo4j.pool.connection-acquisition-timeout=60s",
                "--spring.neo4j.connection-timeout=60s",
                "--lodestone.security.editor-tokens=crash:" + TOKEN)
                .redirectErrorStream(true).redirectOutput(root.resolve(log).toFile()).start();
    }

    private void awaitUp(Process process, int port) throws InterruptedException {
        long deadline = System.nanoTime() + START_UP.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the service is running").isTrue();
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the service did not start within " + START_UP);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
