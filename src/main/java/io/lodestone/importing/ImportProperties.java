package io.lodestone.importing;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param directory  the import files; also the embedded Neo4j's import directory. An external
 *                   server must see the same files in its own import directory.
 * @param onStartup  when to load the graph at start-up
 * @param timeout    how long one import may take before it is rolled back
 * @param maxFileSize the largest import file accepted; a larger one is refused unread
 */
@ConfigurationProperties(prefix = "lodestone.import", ignoreUnknownFields = false)
public record ImportProperties(
        @DefaultValue("import") Path directory,
        @DefaultValue("if-empty") OnStartup onStartup,
        @DefaultValue("10m") Duration timeout,
        @DefaultValue("64MB") DataSize maxFileSize) {

    public enum OnStartup {
        /** load when the database holds no entity yet */
        IF_EMPTY,
        /** re-import at every start */
        ALWAYS,
        /** never at start-up; only on demand */
        NEVER
    }
}
