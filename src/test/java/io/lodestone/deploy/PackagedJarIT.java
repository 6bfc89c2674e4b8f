package io.lodestone.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.stream.StreamSupport;

import io.lodestone.ApiClient;
import io.lodestone.ForkedService;
import io.lodestone.ImportFilesCopy;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The packaged jar starts and answers, as {@code java -jar target/lodestone-*.jar} does for a user:
 * run by failsafe after {@code package}, since the other tests run on the test classpath, which can
 * hold what the jar lacks (a dependency in the wrong scope once passed them all and the jar failed
 * to start).
 */
class PackagedJarIT {

    private static final Path ROOT = Path.of("target/packaged-jar-it");

    @Test
    void theJarStartsOnAFreshDataDirectoryAndAnswers() throws Exception {
        Path jar = jar();
        FileSystemUtils.deleteRecursively(ROOT);
        Path imports = Files.createDirectories(ROOT.resolve("import"));
        ImportFilesCopy.into(imports);
        int port = ForkedService.freePort();

        ForkedService service = ForkedService.startJar(jar, ROOT, port, "service.log",
                "--lodestone.import.directory=" + imports);
        try {
            ApiClient api = new ApiClient(port);

            ApiClient.Response vietnam = api.get("/api/entities/country:VN");
            assertThat(vietnam.status()).as(vietnam.text()).isEqualTo(200);
            JsonNode relationships = vietnam.json().get("relationships");
            assertThat(relationships.size()).isPositive();
            relationships.forEach(r -> assertThat(r.get("sources").size()).as("sources of %s", r.get("id")).isPositive());

            ApiClient.Response unknown = api.get("/api/entities/country:XX");
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.contentType()).contains("application/problem+json");
            assertThat(unknown.json().get("detail").asString()).contains("country:XX");
        } finally {
            service.stop();
        }
    }

    /** The jar failsafe names in {@code lodestone.jar}; run from an IDE, the one {@code package} left in target/. */
    private static Path jar() throws IOException {
        String named = System.getProperty("lodestone.jar");
        if (named != null) {
            return Path.of(named);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "lodestone-*.jar")) {
            return StreamSupport.stream(jars.spliterator(), false).findFirst()
                    .orElseThrow(() -> new AssertionError("no target/lodestone-*.jar: run ./mvnw package first"));
        }
    }
}
