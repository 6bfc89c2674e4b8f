package io.lodestone.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import org.junit.jupiter.api.Test;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserAggregationFunction;
import org.neo4j.procedure.UserFunction;

/**
 * The classes the embedded database registers (src/main/resources/embedded/procedure-classes.txt)
 * are every class of APOC and GDS on the classpath that declares a procedure or function: when a
 * version changes, this fails, and {@code -Dprocedure-classes.write=true} writes the list anew.
 */
class ProcedureClassesTest {

    private static final Path FILE = Path.of("src/main/resources").resolve(ProcedureRegistrar.LIST);

    @Test
    void theRegisteredClassesAreThoseThatDeclareProceduresOrFunctions() throws IOException {
        List<String> declared = new ArrayList<>(List.of(
                "# Classes of APOC and GDS that declare procedures or functions, registered with the embedded database",
                "# (ProcedureRegistrar). Written by ProcedureClassesTest with -Dprocedure-classes.write=true."));
        try (ScanResult scan = new ClassGraph().enableClassInfo().enableMethodInfo().enableAnnotationInfo()
                .acceptPackages("apoc", "org.neo4j.gds").scan()) {
            add(declared, "procedure", scan.getClassesWithMethodAnnotation(Procedure.class));
            add(declared, "function", scan.getClassesWithMethodAnnotation(UserFunction.class));
            add(declared, "aggregation", scan.getClassesWithMethodAnnotation(UserAggregationFunction.class));
        }
        if (Boolean.getBoolean("procedure-classes.write")) {
            Files.write(FILE, declared);
            return;
        }

        assertThat(declared).as("the classes APOC and GDS declare, against %s (rewrite it with"
                + " -Dprocedure-classes.write=true)", FILE).hasSizeGreaterThan(300).isEqualTo(Files.readAllLines(FILE));
    }

    private static void add(List<String> lines, String kind, List<ClassInfo> classes) {
        classes.stream().map(ClassInfo::getName).sorted().forEach(name -> lines.add(kind + " " + name));
    }
}
