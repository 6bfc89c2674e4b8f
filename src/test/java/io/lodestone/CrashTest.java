package io.lodestone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service in a JVM of its own, ingesting documents, accepting candidate facts and merging
 * entities from three threads, killed with SIGKILL (kill -9) while all three are in flight, then
 * started again on the same files and database. Every acknowledged ingest, accept and merge is in
 * the files and the graph; no temporary or half-written file is left (each document's text matches
 * the hash its metadata records); the import files are whole and valid (a re-import takes them), the
 * decisions and merges files are whole, the graph holds no fact the files lack, and a merge the kill
 * cut short completes when repeated. One service for the three kinds of write: each start of a JVM
 * of its own costs a minute of CPU.
 */
@Execution(value = ExecutionMode.CONCURRENT, reason = "its service runs in a JVM of its own, on files and ports of its own")
@ResourceLock(ForkedService.PROCESSES)
class CrashTest {

    private static final String EDITOR = "crash-editor-token";
    private static final String ADMIN = "crash-admin-token";
    private static final String SURVIVOR = "firm:nokia";
    private static final int DUPLICATES = 8;
    private static final int ACCEPTS_BEFORE_KILL = 3;
    private static final int MERGES_BEFORE_KILL = 2;
    private static final int INGESTS_BEFORE_KILL = 6;

    private static final String REPORT = String.join("\n\n",
            "Hanoi, 20 January 2026 (Lodestone crash wire).",
            "Vietnam exported 3,400 tonnes of tungsten to Japan last year, the trade ministry said.",
            "Masan High-Tech Materials operates the Nui Phao mine in Thai Nguyen province.",
            "China restricts exports of gallium and germanium to the United States.",
            "Nokia supplies Viettel with radio equipment for its 5G network.",
            "Samsung operates large factories in Vietnam and Japan buys rare earths from Vietnam.",
            "The European Union and Vietnam cooperate on critical minerals, and Viettel partners with Nokia.");

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void aKilledIngestAcceptOrMergeLosesNoAcknowledgedWriteAndLeavesValidFiles() throws Exception {
        Path root = Path.of("target/crash-test", UUID.randomUUID().toString()).toAbsolutePath();
        Path imports = root.resolve("import");
        Path documents = root.resolve("documents");
        Files.createDirectories(imports);
        ImportFilesCopy.into(imports);
        addDuplicates(imports);
        String[] settings = {"--lodestone.import.directory=" + imports, "--lodestone.import.on-startup=if-empty",
                "--lodestone.security.editor-tokens=crash:" + EDITOR, "--lodestone.security.admin-token=" + ADMIN};

        Map<String, String> accepted = new ConcurrentHashMap<>();
        Set<String> merged = ConcurrentHashMap.newKeySet();
        Map<String, String> ingested = new ConcurrentHashMap<>();
        int port = ForkedService.freePort();
        ApiClient api = new ApiClient(port);
        String document;
        ForkedService first = ForkedService.start(root, port, "first.log", settings);
        try {
            // Ingests run from the start to the kill; accepts and merges join once some are acknowledged.
            Thread ingester = new Thread(() -> {
                for (int n = 0; ; n++) {
                    String text = article(n);
                    ApiClient.Response response = tryPost(api, "/api/documents?title=Crash+" + n, "text/plain", text);
                    if (response == null) {
                        return;
                    }
                    if (response.status() == 201 || response.status() == 200) {
                        ingested.put(response.json().get("id").asString(), text);
                    }
                }
            });
            ingester.start();
            ApiClient.Response report = post(api, "/api/documents?title=Crash+wire", EDITOR, "text/plain", REPORT);
            assertThat(report.status()).as(report.text()).isEqualTo(201);
            document = report.json().get("id").asString();
            List<String> candidates = new ArrayList<>();
            for (JsonNode c : api.get("/api/candidates", "document", document, "limit", "200").json().get("candidates")) {
                if (!c.get("type").isNull() && !c.get("start").get("id").isNull() && !c.get("end").get("id").isNull()) {
                    candidates.add(c.get("id").asString());
                }
            }
            assertThat(candidates).hasSizeGreaterThan(ACCEPTS_BEFORE_KILL + 2);

            Thread accepter = new Thread(() -> {
                for (String id : candidates) {
                    ApiClient.Response response = tryPost(api, "/api/candidates/" + id + "/accept", "{}");
                    if (response == null) {
                        return; // the process is gone
                    }
                    if (response.status() == 200) {
                        accepted.put(id, response.json().get("fact").asString());
                    }
                }
            });
            Thread merger = new Thread(() -> {
                for (int k = 0; k < DUPLICATES; k++) {
                    ApiClient.Response response = tryPost(api, "/api/entities/" + duplicate(k) + "/merge",
                            "{\"into\": \"" + SURVIVOR + "\"}");
                    if (response == null) {
                        return;
                    }
                    if (response.status() == 200) {
                        merged.add(duplicate(k));
                    }
                }
            });
            long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
            while (ingested.size() < INGESTS_BEFORE_KILL && System.nanoTime() < deadline && ingester.isAlive()) {
                Thread.sleep(2);
            }
            accepter.start();
            merger.start();
            while ((accepted.size() < ACCEPTS_BEFORE_KILL || merged.size() < MERGES_BEFORE_KILL) && System.nanoTime() < deadline
                    && (accepter.isAlive() || merger.isAlive())) {
                Thread.sleep(2);
            }
            first.kill(); // SIGKILL while the other writes are in flight
            for (Thread writer : List.of(accepter, merger, ingester)) {
                writer.join(Duration.ofSeconds(70).toMillis());
            }
        } finally {
            first.kill();
        }
        assertThat(accepted).hasSizeGreaterThanOrEqualTo(ACCEPTS_BEFORE_KILL);
        assertThat(merged).hasSizeGreaterThanOrEqualTo(MERGES_BEFORE_KILL);
        assertThat(ingested).hasSizeGreaterThanOrEqualTo(INGESTS_BEFORE_KILL);

        // The files alone: whole, nothing temporary, every acknowledged write in them.
        for (Path directory : List.of(imports, documents)) {
            try (Stream<Path> files = Files.list(directory)) {
                assertThat(files.map(f -> f.getFileName().toString())).as(directory.toString()).noneMatch(f -> f.endsWith(".tmp"));
            }
        }
        Map<String, Map<String, String>> facts = rows(imports.resolve("relationships.csv"));
        assertThat(facts.keySet()).containsAll(accepted.values());
        Set<String> firms = rows(imports.resolve("firms.csv")).keySet();
        for (String duplicate : merged) {
            assertThat(firms).doesNotContain(duplicate);
            assertThat(facts.get(fact(duplicate))).containsEntry("start", SURVIVOR);
        }
        List<String> names;
        try (Stream<Path> files = Files.list(documents)) {
            names = files.map(f -> f.getFileName().toString()).toList();
        }
        Set<String> texts = names.stream().filter(f -> f.endsWith(".txt")).map(f -> f.replace(".txt", "")).collect(Collectors.toSet());
        Set<String> metadata = names.stream().filter(f -> f.endsWith(".json")).map(f -> f.replace(".json", "")).collect(Collectors.toSet());
        assertThat(texts).isEqualTo(metadata);
        for (String key : metadata) {
            JsonNode meta = json.readTree(Files.readString(documents.resolve(key + ".json")));
            assertThat(sha256(Files.readString(documents.resolve(key + ".txt")))).as(key).isEqualTo(meta.get("contentHash").asString());
        }
        assertThat(metadata).containsAll(ingested.keySet().stream().map(id -> id.substring("document:".length())).toList());
        String audit = Files.readString(documents.resolve("audit.jsonl"));
        accepted.keySet().forEach(id -> assertThat(audit).contains("\"target\":\"" + id + "\""));
        merged.forEach(id -> assertThat(audit).contains("\"target\":\"" + id + "\""));
        ingested.keySet().forEach(id -> assertThat(audit).contains("\"target\":\"" + id + "\""));

        try (ForkedService second = ForkedService.start(root, port, "second.log", settings)) {
            for (Map.Entry<String, String> entry : ingested.entrySet()) {
                ApiClient.Response stored = api.get("/api/documents/" + entry.getKey());
                assertThat(stored.status()).as(entry.getKey()).isEqualTo(200);
                assertThat(stored.json().get("text").asString()).isEqualTo(entry.getValue());
            }
            String source = "source:" + document.replace(':', '-');
            // The graph: every acknowledged write, and no accepted fact the files lack.
            Set<String> inGraph = factsOf(api, source);
            assertThat(inGraph).containsAll(accepted.values());
            assertThat(facts.keySet()).containsAll(inGraph);
            for (Map.Entry<String, String> entry : accepted.entrySet()) {
                JsonNode candidate = api.get("/api/candidates/" + entry.getKey()).json();
                assertThat(candidate.get("status").asString()).isEqualTo("accepted");
                assertThat(candidate.get("fact").asString()).isEqualTo(entry.getValue());
            }
            for (String duplicate : merged) {
                assertThat(api.get("/api/entities/" + duplicate).status()).as(duplicate).isEqualTo(404);
            }
            // The decisions and merges files, read by the service (which cut off a line a kill left incomplete).
            List<JsonNode> decisions = jsonLines(documents.resolve("decisions.jsonl"));
            assertThat(decisions.stream().map(d -> d.get("candidate").asString())).containsAll(accepted.keySet());
            for (JsonNode decision : decisions) {
                assertThat(facts).as("the fact of a decision in the files").containsKey(decision.get("fact").asString());
            }
            assertThat(jsonLines(documents.resolve("merges.jsonl")).stream().map(m -> m.get("from").asString())).containsAll(merged);
            // A merge the kill cut short (files written, graph not) completes when repeated.
            for (int k = 0; k < DUPLICATES; k++) {
                String duplicate = duplicate(k);
                if (SURVIVOR.equals(facts.get(fact(duplicate)).get("start")) && api.get("/api/entities/" + duplicate).status() == 200) {
                    ApiClient.Response again = post(api, "/api/entities/" + duplicate + "/merge", EDITOR, "application/json",
                            "{\"into\": \"" + SURVIVOR + "\"}");
                    assertThat(again.status()).as(again.text()).isEqualTo(200);
                    assertThat(api.get("/api/entities/" + duplicate).status()).isEqualTo(404);
                }
            }
            // The files are valid: the import takes them, and keeps every acknowledged write.
            ApiClient.Response reimport = post(api, "/api/admin/import", ADMIN, "application/json", "");
            assertThat(reimport.status()).as(reimport.text()).isEqualTo(200);
            assertThat(factsOf(api, source)).containsAll(accepted.values());
            assertThat(api.get("/api/entities/" + SURVIVOR).text()).contains(merged.stream().map(CrashTest::fact).toList());
        }
    }

    private static String duplicate(int k) {
        return "firm:crash-duplicate-" + k;
    }

    private static String fact(String duplicate) {
        return "fact:" + duplicate.substring("firm:".length()) + "-operates-in-vn";
    }

    /** Firms the test merges into Nokia, each with a fact of its own. */
    private static void addDuplicates(Path imports) throws IOException {
        String source = "source:commodities-2026-01-28";
        Files.writeString(imports.resolve("firms.csv"), IntStream.range(0, DUPLICATES)
                .mapToObj(k -> duplicate(k) + ",Nokia Crash Unit " + k + ",,," + source + ",\n").collect(Collectors.joining()),
                StandardOpenOption.APPEND);
        Files.writeString(imports.resolve("relationships.csv"), IntStream.range(0, DUPLICATES)
                .mapToObj(k -> fact(duplicate(k)) + "," + duplicate(k) + ",OPERATES_IN,country:VN,,,,,,,,,,,,,,," + source
                        + ",Nokia Crash Unit " + k + " operates in Vietnam.,medium,,\n").collect(Collectors.joining()),
                StandardOpenOption.APPEND);
    }

    private static Set<String> factsOf(ApiClient api, String source) {
        ApiClient.Response response = api.get("/api/sources/" + source);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        Set<String> ids = new HashSet<>();
        response.json().get("facts").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    private static Map<String, Map<String, String>> rows(Path file) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            rows.put(record.get("id"), record.toMap());
        }
        return rows;
    }

    private List<JsonNode> jsonLines(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.lines().toList()) {
            lines.add(json.readTree(line)); // a half-written line fails here
        }
        return lines;
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

    private static String sha256(String text) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static ApiClient.Response tryPost(ApiClient api, String path, String body) {
        return tryPost(api, path, "application/json", body);
    }

    private static ApiClient.Response tryPost(ApiClient api, String path, String type, String body) {
        try {
            return post(api, path, EDITOR, type, body);
        } catch (IllegalStateException gone) {
            return null;
        }
    }

    private static ApiClient.Response post(ApiClient api, String path, String token, String type, String body) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
