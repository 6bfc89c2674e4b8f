package io.lodestone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

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

    /**
     * Empties {@code root}, copies {@code import/} into {@code root/import} and points the service
     * under test at {@code root/import} and {@code root/documents}: its accepts and ingests write
     * there, never to the repository's files.
     *
     * @return the copy of the import directory
     */
    public static Path asServiceFiles(Path root, DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(root);
        Path imports = root.resolve("import");
        Files.createDirectories(imports);
        into(imports);
        registry.add("lodestone.import.directory", imports::toString);
        registry.add("lodestone.documents.directory", () -> root.resolve("documents").toString());
        return imports;
    }
}
