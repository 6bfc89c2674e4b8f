package io.lodestone.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * bench/RESULTS.md, which the import and query benchmarks both write: each replaces only its own
 * section, between its markers, and leaves the hand-written text around it alone.
 */
public final class ResultsFile {

    private ResultsFile() {
    }

    /** Replaces the text from {@code begin} to {@code end} (both included), or appends the section when they are missing. */
    public static void writeSection(Path results, String begin, String end, String section) throws IOException {
        String existing = Files.exists(results) ? Files.readString(results) : "# Benchmark results\n";
        int from = existing.indexOf(begin);
        int to = existing.indexOf(end);
        String updated = from >= 0 && to > from
                ? existing.substring(0, from) + section + existing.substring(to + end.length())
                : existing.stripTrailing() + "\n\n" + section + "\n";
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, updated);
    }

    /** The machine's load average, as /proc/loadavg gives it: how busy the machine was during a run. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
