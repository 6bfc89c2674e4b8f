package io.lodestone.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The queries of {@code cypher/}, which the build packages as they are: the service runs the
 * same files that investigators run in Neo4j Browser and cypher-shell.
 */
@Component
public class CypherFiles {

    private final Map<String, String> cache = new ConcurrentHashMap<>();

    /** @param path relative to {@code cypher/}, e.g. {@code import/nodes.cypher} */
    public String get(String path) {
        return cache.computeIfAbsent(path, CypherFiles::read);
    }

    private static String read(String path) {
        String resource = "cypher/" + path;
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing query file " + resource);
            }
            // A trailing semicolon ends a statement in cypher-shell; drivers reject it.
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return text.endsWith(";") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
