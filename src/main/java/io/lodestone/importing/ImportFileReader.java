package io.lodestone.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import file once, from start to end, and hands on each data row: checks its size, its
 * encoding ({@link Utf8Text}), its CSV syntax, its header against the file's declared columns, and
 * each row's field count and field lengths. Holds one row at a time.
 */
final class ImportFileReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final int MAX_FIELD = 10_000;

    private final Path directory;
    private final long maxFileBytes;
    private final Problems problems;

    ImportFileReader(Path directory, long maxFileBytes, Problems problems) {
        this.directory = directory;
        this.maxFileBytes = maxFileBytes;
        this.problems = problems;
    }

    /** @return whether the file was read to its end, so that the ids it defines are all known */
    boolean read(ImportFile declaration, Consumer<Row> rows) {
        String file = declaration.name();
        Path path = directory.resolve(file);
        if (!Files.exists(path)) {
            problems.report(file, 0, null, "file is missing from " + directory);
            return false;
        }
        long line = 1;
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                problems.report(file, 0, null, "is " + size + " bytes; at most " + maxFileBytes
                        + " are accepted per file (lodestone.import.max-file-size, or --max-file-size of the bulk import;"
                        + " the validator holds the ids of a file in memory, so raise the heap with it)");
                return false;
            }
            try (InputStream in = Files.newInputStream(path);
                 CSVParser parser = CSVParser.parse(new Utf8Text(in), FORMAT)) {
                List<String> header = null;
                for (CSVRecord record : parser) {
                    if (header == null) {
                        header = header(declaration, record);
                        if (header == null) {
                            return false;
                        }
                    } else {
                        row(file, line, header, record, rows);
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
                if (header == null) {
                    problems.report(file, 1, null, "is empty; expected a header line");
                    return false;
                }
                return true;
            }
        } catch (UncheckedIOException e) {
            return unreadable(file, line, e.getCause());
        } catch (IOException e) {
            return unreadable(file, line, e);
        }
    }

    private void row(String file, long line, List<String> header, CSVRecord record, Consumer<Row> rows) {
        if (record.size() != header.size()) {
            problems.report(file, line, null, "has " + record.size() + " fields, the header has " + header.size());
            return;
        }
        Map<String, String> values = new HashMap<>();
        Row row = new Row(file, line, values, problems);
        for (int i = 0; i < header.size(); i++) {
            String value = record.get(i);
            if (value.length() > MAX_FIELD) {
                row.problem(header.get(i), "is " + value.length() + " characters long, at most " + MAX_FIELD + " are allowed");
            } else if (!value.isEmpty()) {
                values.put(header.get(i), value);
            }
        }
        rows.accept(row);
    }

    /** @return the header's columns, or null when it does not match the declaration */
    private List<String> header(ImportFile declaration, CSVRecord record) {
        String file = declaration.name();
        List<String> allowed = declaration.columnNames();
        List<String> header = record.toList().stream().map(String::strip).toList();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!allowed.contains(column)) {
                problems.report(file, 1, column.isEmpty() ? "column " + (i + 1) : column,
                        "unknown column; allowed: " + String.join(", ", allowed));
                ok = false;
            } else if (header.indexOf(column) != i) {
                problems.report(file, 1, column, "column appears twice");
                ok = false;
            }
        }
        for (ImportColumn column : declaration.columns()) {
            if (column.required() && !header.contains(column.name())) {
                problems.report(file, 1, column.name(), "required column is missing");
                ok = false;
            }
        }
        return ok ? header : null;
    }

    /**
     * @param line the line the failing record starts on
     * @return false: the rest of the file is not read
     */
    private boolean unreadable(String file, long line, IOException e) {
        if (e instanceof Utf8Text.NotText text) {
            problems.report(file, text.line, null, text.getMessage());
        } else if (e instanceof CSVException) {
            problems.report(file, line, null, csvProblem(e));
        } else {
            problems.report(file, 0, null, "cannot be read: " + e.getMessage());
        }
        return false;
    }

    /** Commons CSV's messages, in words that say what to fix. */
    private static String csvProblem(IOException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field starts here and is never closed"
                    + " (is the file truncated, or is a \" inside a field not doubled as \"\"?)";
        }
        if (message.contains("between encapsulated token and delimiter")) {
            return "a quoted field is followed by text before the next comma (a \" inside a field must be doubled as \"\")";
        }
        return "is not valid CSV: " + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }
}
