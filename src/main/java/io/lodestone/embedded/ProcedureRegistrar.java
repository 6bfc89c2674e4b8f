package io.lodestone.embedded;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.neo4j.procedure.impl.GlobalProceduresRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers APOC and Graph Data Science with the embedded database. An embedded Neo4j only
 * loads procedures from a plugins directory, not from the classpath, so each class that
 * declares procedures or functions is registered by hand. The classes are listed in
 * {@value #LIST} rather than found by scanning the classpath at start-up (seconds on every start
 * for the same answer); ProcedureClassesTest keeps the list equal to what APOC and GDS declare.
 * They are registered in one bulk registration: registered one by one, Neo4j copies its whole
 * registry after each class, 322 copies of a registry that grows with every one.
 */
final class ProcedureRegistrar {

    /** One class a line: {@code procedure|function|aggregation <class name>}. */
    static final String LIST = "embedded/procedure-classes.txt";

    private static final Logger log = LoggerFactory.getLogger(ProcedureRegistrar.class);

    private final GlobalProceduresRegistry registry;
    private int registered;
    private int failed;

    ProcedureRegistrar(GlobalProceduresRegistry registry) {
        this.registry = registry;
    }

    void registerAll() {
        try (GlobalProceduresRegistry.BulkRegistration procedures = registry.bulk()) {
            registerAll(procedures);
        }
        log.info("Registered {} procedure and function classes of APOC and GDS ({} skipped)", registered, failed);
    }

    private void registerAll(GlobalProceduresRegistry.BulkRegistration procedures) {
        for (String line : lines()) {
            int space = line.indexOf(' ');
            String kind = line.substring(0, space);
            String name = line.substring(space + 1);
            try {
                Class<?> type = Class.forName(name, true, ProcedureRegistrar.class.getClassLoader());
                switch (kind) {
                    case "procedure" -> procedures.registerProcedure(type);
                    case "function" -> procedures.registerFunction(type);
                    case "aggregation" -> procedures.registerAggregationFunction(type);
                    default -> throw new IllegalStateException(LIST + ": unknown kind " + kind);
                }
                registered++;
            } catch (Exception | LinkageError e) {
                // Some classes need optional components (e.g. APOC extended); they stay unavailable.
                failed++;
                log.debug("Could not register {}: {}", name, e.getMessage());
            }
        }
    }

    private static List<String> lines() {
        try (InputStream in = ProcedureRegistrar.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException(LIST + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
