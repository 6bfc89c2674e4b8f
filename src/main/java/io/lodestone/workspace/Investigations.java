package io.lodestone.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.lodestone.graph.CypherFiles;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The investigation definitions and the query text of each step, both from {@code cypher/}. */
@Component
public class Investigations {

    static final String DEFINITION = "cypher/investigations/investigations.json";

    private final CypherFiles cypher;
    private final InvestigationBook book;

    public Investigations(CypherFiles cypher) {
        this.cypher = cypher;
        try (InputStream in = Investigations.class.getClassLoader().getResourceAsStream(DEFINITION)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DEFINITION);
            }
            this.book = JsonMapper.builder().build().readValue(in, InvestigationBook.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InvestigationBook book() {
        return book;
    }

    /** The step's query as the service runs it (no trailing semicolon, comments kept). */
    public String query(InvestigationBook.Step step) {
        return cypher.get(step.query());
    }
}
