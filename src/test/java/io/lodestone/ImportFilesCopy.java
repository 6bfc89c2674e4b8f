package io.lodestone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The repository's import files copied elsewhere, for tests that change them or import them on their own. */
public final class ImportFilesCopy {

    private static final Path IMPORT = Path.of("import");

    private ImportFilesCopy() {
    }

    /** Copies every CSV file of {@code import/} into {@code directory}, which must exist. */
    public static void into(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(IMPORT)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        }
    }
}
