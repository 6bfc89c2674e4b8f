package io.lodestone.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** No Docker engine runs here, so the compose file is checked as data. */
class DockerComposeFileTest {

    static Map<String, Object> services;

    @BeforeAll
    static void parse() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = map(compose.get("services"));
    }

    @Test
    void neo4jIsTheLtsLineWithApocAndGds() {
        Map<String, Object> neo4j = map(services.get("neo4j"));
        Map<String, Object> env = map(neo4j.get("environment"));

        assertThat((String) neo4j.get("image")).startsWith("neo4j:5.26");
        assertThat((String) env.get("NEO4J_PLUGINS")).contains("apoc").contains("graph-data-science");
        assertThat((String) env.get("NEO4J_dbms_security_procedures_unrestricted")).contains("apoc.*").contains("gds.*");
        assertThat(map(neo4j.get("healthcheck"))).containsKey("test");
    }

    @Test
    void theImportDirectoryIsMountedIntoBothContainers() {
        assertThat(list(map(services.get("neo4j")).get("volumes"))).contains("./import:/import:ro");
        assertThat(list(map(services.get("lodestone")).get("volumes"))).contains("./import:/app/import:ro");
    }

    @Test
    void thePasswordComesFromTheEnvFileAndNoSecretIsCommitted() throws IOException {
        Map<String, Object> neo4jEnv = map(map(services.get("neo4j")).get("environment"));
        Map<String, Object> lodestoneEnv = map(map(services.get("lodestone")).get("environment"));

        assertThat((String) neo4jEnv.get("NEO4J_AUTH")).isEqualTo("neo4j/${NEO4J_PASSWORD:?set NEO4J_PASSWORD in .env}");
        assertThat(lodestoneEnv.get("NEO4J_PASSWORD")).isEqualTo("${NEO4J_PASSWORD}");
        assertThat(Files.readAllLines(Path.of(".env.example"))).contains("NEO4J_PASSWORD=");
    }

    @Test
    void theServiceIsBuiltHereAndWaitsForAHealthyNeo4j() {
        Map<String, Object> lodestone = map(services.get("lodestone"));

        assertThat(lodestone.get("build")).isEqualTo(".");
        assertThat(map(lodestone.get("environment"))).containsEntry("NEO4J_URI", "bolt://neo4j:7687");
        assertThat(map(map(lodestone.get("depends_on")).get("neo4j"))).containsEntry("condition", "service_healthy");
        assertThat(Path.of("Dockerfile")).exists();
    }

    @Test
    void portsAnswerOnLoopbackOnly() {
        assertThat(list(map(services.get("neo4j")).get("ports"))).allMatch(p -> ((String) p).startsWith("127.0.0.1:"));
        assertThat(list(map(services.get("lodestone")).get("ports"))).allMatch(p -> ((String) p).startsWith("127.0.0.1:"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }
}
