package io.lodestone.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

import io.lodestone.files.DurableFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Writes to the import files, the source of truth of the graph, for the service's own writes
 * (accepted facts, new entities, document sources, merges). Each file is rewritten whole through
 * a temporary file, forced to disk and moved over the old one, so a crash leaves either the old or
 * the new file; one writer at a time. Rows are written in the file's own column order.
 */
@Component
public class ImportFiles {

    public static final String RELATIONSHIPS = ImportSchema.RELATIONSHIPS.name();
    public static final String SOURCES = ImportSchema.SOURCES.name();
    public static final String RELATIONSHIP_TYPES = ImportSchema.RELATIONSHIP_TYPES.name();

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private final Path directory;
    private final long maxFileBytes;
    private final ReentrantLock writing = new ReentrantLock();

    ImportFiles(ImportProperties properties) {
        this.directory = properties.directory();
        this.maxFileBytes = properties.maxFileSize().toBytes();
    }

    public Path directory() {
        return directory;
    }

    /** The node file of a kind ({@code firm} → {@code firms.csv}), empty for an unknown kind. */
    public static Optional<String> nodeFile(String kind) {
        return NodeKind.byPrefix(kind).map(NodeKind::file);
    }

    /** The labels of a kind's nodes ({@code firm} → Firm, Actor), empty for an unknown kind. */
    public static Optional<List<String>> labels(String kind) {
        return NodeKind.byPrefix(kind).map(NodeKind::labels);
    }

    /** Every row of a file as column → value (empty fields absent). */
    public List<Map<String, String>> rows(String file) {
        return parse(read(file)).rows();
    }

    /** The row with this id, if the file has one. */
    public Optional<Map<String, String>> row(String file, String id) {
        return rows(file).stream().filter(row -> id.equals(row.get("id"))).findFirst();
    }

    /**
     * Appends rows to files, files in the order given (entities and sources before the facts that
     * name them). A row whose id a file already holds is left as it is: repeating a write after a
     * crash changes nothing.
     *
     * @return the ids written now
     */
    public List<String> append(Map<String, List<Map<String, String>>> rowsByFile) {
        writing.lock();
        try {
            List<String> written = new ArrayList<>();
            for (Map.Entry<String, List<Map<String, String>>> entry : rowsByFile.entrySet()) {
                Table table = parse(read(entry.getKey()));
                List<Map<String, String>> rows = new ArrayList<>(table.rows());
                List<String> header = new ArrayList<>(table.header());
                for (Map<String, String> row : entry.getValue()) {
                    if (rows.stream().noneMatch(existing -> row.get("id").equals(existing.get("id")))) {
                        widen(entry.getKey(), header, row);
                        check(entry.getKey(), header, row);
                        rows.add(row);
                        written.add(row.get("id"));
                    }
                }
                if (rows.size() != table.rows().size()) {
                    write(entry.getKey(), header, rows);
                }
            }
            return written;
        } finally {
            writing.unlock();
        }
    }

    /**
     * Rewrites files row by row, all of them or none: each file's function answers the new row, or
     * null to drop it. The new files are first written to a staging copy of the import directory
     * and checked there with the import's own validator ({@link ImportRejectedException} listing
     * every problem: nothing replaced); then each changed file is replaced whole, in the order
     * given — a crash between two replacements leaves the earlier files new and the later ones old,
     * so order the files so that every such state is valid too.
     *
     * @return the files changed
     */
    public List<String> rewrite(Map<String, UnaryOperator<Map<String, String>>> changes) {
        writing.lock();
        try {
            Map<String, String> rewritten = new LinkedHashMap<>();
            for (Map.Entry<String, UnaryOperator<Map<String, String>>> change : changes.entrySet()) {
                String file = change.getKey();
                Table table = parse(read(file));
                List<Map<String, String>> rows = new ArrayList<>();
                boolean changed = false;
                for (Map<String, String> row : table.rows()) {
                    Map<String, String> next = change.getValue().apply(new LinkedHashMap<>(row));
                    changed |= !row.equals(next);
                    if (next != null) {
                        check(file, table.header(), next);
                        rows.add(next);
                    }
                }
                if (changed) {
                    rewritten.put(file, format(table.header(), rows));
                }
            }
            if (!rewritten.isEmpty()) {
                validateStaged(rewritten);
            }
            for (Map.Entry<String, String> file : rewritten.entrySet()) {
                replace(file.getKey(), file.getValue());
            }
            return List.copyOf(rewritten.keySet());
        } finally {
            writing.unlock();
        }
    }

    /** Validates the import directory as it would be with these files replaced, in a copy of it. */
    private void validateStaged(Map<String, String> rewritten) {
        Path staging = null;
        try {
            staging = Files.createTempDirectory("lodestone-import-");
            try (var files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".csv")).toList()) {
                    Files.copy(file, staging.resolve(file.getFileName()));
                }
            }
            for (Map.Entry<String, String> file : rewritten.entrySet()) {
                Files.writeString(staging.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            ImportValidator.validate(staging, maxFileBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the import files for validation", e);
        } finally {
            if (staging != null) {
                FileSystemUtils.deleteRecursively(staging.toFile());
            }
        }
    }

    /** The node files present in the import directory. */
    public List<String> nodeFiles() {
        List<String> files = new ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            if (Files.exists(directory.resolve(kind.file()))) {
                files.add(kind.file());
            }
        }
        return files;
    }

    /**
     * A file written before an optional column was declared gains it, at the end, when a new row
     * has a value for it (the columns of a file may come in any order).
     */
    private static void widen(String file, List<String> header, Map<String, String> row) {
        List<String> declared = ImportSchema.files().stream().filter(f -> f.name().equals(file)).findFirst()
                .map(ImportFile::columnNames).orElse(List.of());
        for (String column : row.keySet()) {
            if (!header.contains(column) && declared.contains(column)) {
                header.add(column);
            }
        }
    }

    private static void check(String file, List<String> header, Map<String, String> row) {
        for (String column : row.keySet()) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException(file + " has no column " + column);
            }
        }
    }

    private String read(String file) {
        try {
            return Files.readString(directory.resolve(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + directory.resolve(file), e);
        }
    }

    private void write(String file, List<String> header, List<Map<String, String>> rows) {
        replace(file, format(header, rows));
    }

    private static String format(List<String> header, List<Map<String, String>> rows) {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, WRITE)) {
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>();
                for (String column : header) {
                    values.add(row.getOrDefault(column, ""));
                }
                printer.printRecord(values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private void replace(String file, String text) {
        try {
            DurableFiles.write(directory.resolve(file), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + directory.resolve(file), e);
        }
    }

    private static Table parse(String text) {
        try {
            List<CSVRecord> records = READ.parse(new StringReader(text)).getRecords();
            if (records.isEmpty()) {
                return new Table(List.of(), List.of());
            }
            List<String> header = records.get(0).toList();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : records.subList(1, records.size())) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    if (!record.get(i).isEmpty()) {
                        row.put(header.get(i), record.get(i));
                    }
                }
                rows.add(row);
            }
            return new Table(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Table(List<String> header, List<Map<String, String>> rows) {
    }
}
