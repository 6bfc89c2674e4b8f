package io.lodestone.importing;

/**
 * One thing wrong with an import file, reported as {@code file:line: column: message}.
 * Line 1 is the header; {@code line} is 0 when the problem concerns the whole file.
 */
public record Problem(String file, long line, String column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (column == null ? "" : column + ": ") + message;
    }
}
