package io.lodestone.synthetic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes a synthetic world into a directory of import files. A tool in bench/, compiled with the
 * tests: {@code ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.lodestone.synthetic.GenerateWorldCommand -Dexec.args="--size M --out target/world-m"}
 */
@Command(name = "generate-world", mixinStandardHelpOptions = true,
        description = "Writes a deterministic synthetic world as import files (docs/import-format.md).")
public final class GenerateWorldCommand implements Callable<Integer> {

    @Option(names = "--size", defaultValue = "S",
            description = "S (10k relationships), M (100k), L (1M), XL (10M) or a number of relationships; default ${DEFAULT-VALUE}")
    String size;

    @Option(names = "--seed", defaultValue = "42", description = "same seed and size give identical files; default ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--out", required = true, description = "directory to write the files into (created if missing)")
    Path out;

    @Option(names = "--types", defaultValue = "import/relationship-types.csv",
            description = "the relationship types to copy along; default ${DEFAULT-VALUE}")
    Path types;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateWorldCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(types)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    types.toAbsolutePath() + " does not exist; run from the repository root or pass --types");
        }
        long started = System.nanoTime();
        WorldSummary summary = new WorldGenerator(seed, relationships(size)).write(out, types);
        System.out.printf(Locale.ROOT, "Wrote %d entities, %d sources and %d relationships to %s in %d ms%n",
                summary.entities(), summary.sources(), summary.relationships(), out.toAbsolutePath(),
                (System.nanoTime() - started) / 1_000_000);
        System.out.println("Relationships per type: " + summary.relationshipsByType());
        return 0;
    }

    /** @param size S, M, L, XL or a plain count */
    public static long relationships(String size) {
        return switch (size.toUpperCase(Locale.ROOT)) {
            case "S" -> 10_000;
            case "M" -> 100_000;
            case "L" -> 1_000_000;
            case "XL" -> 10_000_000;
            default -> Long.parseLong(size.replace("_", ""));
        };
    }
}
