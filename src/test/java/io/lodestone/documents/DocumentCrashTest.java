package io.lodestone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.lodestone.ForkedService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service in a JVM of its own, ingesting documents in a loop, killed with SIGKILL (kill -9)
 * while ingests are in flight, then started again on the same files and database: every ingest it
 * had acknowledged is there, files and graph, and no temporary or half-written file is left.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "its service runs in a JVM of its own, on files and ports of its own")
@ResourceLock(ForkedService.PROCESSES)
class DocumentCrashTest {

    private static final String TOKEN = "crash-test-editor-token";
    private static final String[] SETTINGS = {"--lodestone.import.on-startup=never",
            "--lodestone.security.editor-tokens=crash:" + TOKEN};
    private static final int ACKNOWLEDGED_BEFORE_KILL = 6;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void aKilledIngestLosesNoAcknowledgedDocumentAndLeavesNoPartialFile() throws Exception {
        Path root = Path.of("target/crash-test", UUID.randomUUID().toString()).toAbsolutePath();
        Path documents = root.resolve("documents");
        Map<String, String> acknowledged = new ConcurrentHashMap<>();

        int port = ForkedService.freePort();
        ForkedService first = ForkedService.start(root, port, "first.log", SETTINGS);
        try {
            AtomicBoolean running = new AtomicBoolean(true);
            Thread writer = new Thread(() -> {
                for (int n = 0; running.get(); n++) {
                    String text = article(n);
                    try {
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                        URI.create(first.base() + "/api/documents?title=Crash+" + n))
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
            first.kill(); // SIGKILL: no shutdown hook, no flush
            running.set(false);
            writer.join(Duration.ofSeconds(70).toMillis());
        } finally {
            first.kill();
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (ForkedService second = ForkedService.start(root, port, "second.log", SETTINGS)) {
            for (Map.Entry<String, String> entry : acknowledged.entrySet()) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(second.base() + "/api/documents/" + entry.getKey())).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).as(entry.getKey()).isEqualTo(200);
                assertThat(json.readTree(response.body()).get("text").asString()).isEqualTo(entry.getValue());
            }
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
}
