package io.lodestone.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

class AuditLogTest {

    private final ObjectMapper json = JsonMapper.builder().build();

    @Test
    void eachWriteIsOneJsonLineWithWhoWhenWhatBeforeAndAfter(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("documents/audit.jsonl");
        AuditLog log = new AuditLog(file, json, Clock.fixed(Instant.parse("2026-01-30T10:00:00Z"), ZoneOffset.UTC));

        log.append("alice", "ingest", "document:0123456789abcdef", null, Map.of("title", "A report"));
        log.append("bob", "reject", "candidate:1", Map.of("status", "proposed"), Map.of("status", "rejected"));

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("at").asString()).isEqualTo("2026-01-30T10:00:00Z");
        assertThat(first.get("who").asString()).isEqualTo("alice");
        assertThat(first.get("action").asString()).isEqualTo("ingest");
        assertThat(first.get("target").asString()).isEqualTo("document:0123456789abcdef");
        assertThat(first.get("before").isNull()).isTrue();
        assertThat(first.get("after").get("title").asString()).isEqualTo("A report");
        assertThat(json.readTree(lines.get(1)).get("before").get("status").asString()).isEqualTo("proposed");
    }
}
