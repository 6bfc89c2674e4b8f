package io.lodestone.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the small valid fixture in a temporary directory, to break one thing at a time. */
final class ImportFixture {

    static final Path VALID = Path.of("src/test/resources/fixtures/valid");

    private final Path directory;

    private ImportFixture(Path directory) {
        this.directory = directory;
    }

    static ImportFixture copyTo(Path directory) {
        try (Stream<Path> files = Files.list(VALID)) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ImportFixture(directory);
    }

    Path directory() {
        return directory;
    }

    /** Replaces line {@code number} (1 = header) of {@code file}. */
    ImportFixture replaceLine(String file, int number, String text) {
        List<String> lines = new java.util.ArrayList<>(lines(file));
        lines.set(number - 1, text);
        return write(file, String.join("\n", lines) + "\n");
    }

    ImportFixture appendLine(String file, String text) {
        return write(file, String.join("\n", lines(file)) + "\n" + text + "\n");
    }

    ImportFixture write(String file, String text) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8));
    }

    ImportFixture writeBytes(String file, byte[] bytes) {
        try {
            Files.write(directory.resolve(file), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    ImportFixture delete(String file) {
        try {
            Files.delete(directory.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String line(String file, int number) {
        return lines(file).get(number - 1);
    }

    private List<String> lines(String file) {
        try {
            return Files.readAllLines(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
