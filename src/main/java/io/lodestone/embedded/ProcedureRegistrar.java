package io.lodestone.embedded;


import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfoList;
import io.github.classgraph.ScanResult;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers APOC and Graph Data Science with the embedded database. An embedded Neo4j only
 * loads procedures from a plugins directory, not from the classpath, so each class that
 * declares procedures or functions is registered by hand.
 */
final class ProcedureRegistrar {

    private static final Logger log = LoggerFactory.getLogger(ProcedureRegistrar.class);
    private static final String[] PACKAGES = {"apoc", "org.neo4j.gds"};

    private final GlobalProcedures procedures;
    private int registered;
    private int failed;

    ProcedureRegistrar(GlobalProcedures procedures) {
        this.procedures = procedures;
    }

    void registerAll() {
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableMethodInfo().enableAnnotationInfo()
                .acceptPackages(PACKAGES).scan()) {
            register(scan.getClassesWithMethodAnnotation(Procedure.class), procedures::registerProcedure);
            register(scan.getClassesWithMethodAnnotation(UserFunction.class), procedures::registerFunction);
            register(scan.getClassesWithMethodAnnotation(UserAggregationFunction.class),
                    procedures::registerAggregationFunction);
        }
        log.info("Registered {} procedure and function classes of APOC and GDS ({} skipped)", registered, failed);
    }

    private void register(ClassInfoList classes, Registration registration) {
        classes.loadClasses(true).forEach(type -> {
            try {
                registration.register(type);
                registered++;
            } catch (Exception | LinkageError e) {
                // Some classes need optional components (e.g. APOC extended); they stay unavailable.
                failed++;
                log.debug("Could not register {}: {}", type.getName(), e.getMessage());
            }
        });
    }

    @FunctionalInterface
    private interface Registration {
        void register(Class<?> type) throws Exception;
    }
}
