package io.lodestone.importing;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Checks every import file before anything is written and collects all problems, not only the
 * first. The rules are those of docs/import-format.md.
 */
final class ImportValidator {

    static final String SOURCES = "sources.csv";
    static final String RELATIONSHIPS = "relationships.csv";
    static final String RELATIONSHIP_TYPES = "relationship-types.csv";

    static final List<String> SOURCE_COLUMNS = List.of("id", "title", "publisher", "author", "date", "url", "file", "kind");
    static final List<String> RELATIONSHIP_COLUMNS = List.of("id", "start", "type", "end", "date", "validFrom",
            "validTo", "year", "amount", "unit", "valueText", "share", "shareOfWorld", "resource", "activity", "level",
            "role", "status", "sources", "evidence", "confidence", "note", "origin");
    static final List<String> TYPE_COLUMNS = List.of("type", "startKinds", "endKinds", "description", "symmetric");

    private static final Pattern ENTITY_ID = Pattern.compile("([a-z]+):([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Pattern FACT_ID = Pattern.compile("fact:[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SOURCE_ID = Pattern.compile("source:[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");
    private static final Set<String> CONFIDENCE = Set.of("high", "medium", "low");
    private static final Set<String> SOURCE_KINDS = Set.of("news", "report", "dataset", "official", "reference");
    private static final Set<String> DATE_COLUMNS = Set.of("date", "validFrom", "validTo", "signedDate",
            "adoptedDate", "inForceDate", "expiryDate");
    private static final int MAX_FIELD = 10_000;
    /**
     * Default per-file limit (lodestone.import.max-file-size): the validator holds a whole file in
     * memory, so a bigger one needs a bigger heap and a deliberate setting.
     */
    static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;
    private static final int MAX_EVIDENCE = 300;

    private final Path directory;
    private final long maxFileBytes;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Location> entities = new HashMap<>();
    private final Map<String, NodeKind> entityKinds = new HashMap<>();
    private final Map<String, Location> sources = new HashMap<>();
    private final Map<String, Location> facts = new HashMap<>();
    private final Map<String, RelationshipType> types = new LinkedHashMap<>();
    private final List<Row> pendingSourceReferences = new ArrayList<>();
    /** Files that could not be read to the end: references to ids they may define are not reported. */
    private final Set<String> unreadable = new LinkedHashSet<>();

    private ImportValidator(Path directory, long maxFileBytes) {
        this.directory = directory;
        this.maxFileBytes = maxFileBytes;
    }

    /** @return the validated import, or throws with every problem found */
    static ValidatedImport validate(Path directory) {
        return validate(directory, DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes files larger than this are refused, unread */
    static ValidatedImport validate(Path directory, long maxFileBytes) {
        return new ImportValidator(directory, maxFileBytes).run();
    }

    private ValidatedImport run() {
        if (!Files.isDirectory(directory)) {
            problems.add(new Problem(directory.toString(), 0, null,
                    "the import directory does not exist (set lodestone.import.directory)"));
            throw new ImportRejectedException(problems);
        }
        checkUnknownFiles();
        read(RELATIONSHIP_TYPES, TYPE_COLUMNS, List.of("type", "startKinds", "endKinds")).forEach(this::type);
        read(SOURCES, SOURCE_COLUMNS, List.of("id", "title", "publisher", "date")).forEach(this::source);
        List<NodeKind> nodeFiles = new ArrayList<>();
        for (NodeKind kind : NodeKind.values()) {
            List<String> columns = new ArrayList<>(NodeKind.COMMON_COLUMNS);
            columns.addAll(kind.extraColumns());
            if (Files.exists(directory.resolve(kind.file()))) {
                nodeFiles.add(kind);
                read(kind.file(), columns, List.of("id", "name", "sources")).forEach(row -> node(kind, row));
            }
        }
        pendingSourceReferences.forEach(row -> sourceList(row, "sources"));
        read(RELATIONSHIPS, RELATIONSHIP_COLUMNS, List.of("id", "start", "type", "end", "sources", "evidence",
                "confidence")).forEach(this::relationship);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new ValidatedImport(directory, nodeFiles, new LinkedHashSet<>(entities.keySet()),
                new LinkedHashSet<>(facts.keySet()), new LinkedHashSet<>(sources.keySet()));
    }

    private void checkUnknownFiles() {
        Set<String> known = new LinkedHashSet<>(List.of(SOURCES, RELATIONSHIPS, RELATIONSHIP_TYPES));
        for (NodeKind kind : NodeKind.values()) {
            known.add(kind.file());
        }
        try (Stream<Path> files = Files.list(directory)) {
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".csv") && !known.contains(name))
                    .sorted()
                    .forEach(name -> problems.add(new Problem(name, 0, null,
                            "unknown import file; expected one of " + String.join(", ", known))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void type(Row row) {
        String type = row.get("type");
        if (type == null) {
            return;
        }
        if (!TYPE.matcher(type).matches()) {
            row.problem("type", "relationship type must be UPPER_SNAKE_CASE, was \"" + type + "\"");
            return;
        }
        if (types.containsKey(type)) {
            row.problem("type", "duplicate relationship type " + type);
            return;
        }
        types.put(type, new RelationshipType(kinds(row, "startKinds"), kinds(row, "endKinds")));
    }

    private Set<NodeKind> kinds(Row row, String column) {
        String value = row.get(column);
        if (value == null || value.equals("*")) {
            return Set.of(NodeKind.values());
        }
        Set<NodeKind> kinds = new LinkedHashSet<>();
        for (String prefix : value.split(";")) {
            Optional<NodeKind> kind = NodeKind.byPrefix(prefix.strip());
            if (kind.isPresent()) {
                kinds.add(kind.get());
            } else {
                row.problem(column, "unknown node kind \"" + prefix + "\"");
            }
        }
        return kinds;
    }

    private void source(Row row) {
        String id = row.get("id");
        if (id != null) {
            if (!SOURCE_ID.matcher(id).matches()) {
                row.problem("id", "source id must look like source:<key> (letters, digits, . _ -), was \"" + id + "\"");
            } else {
                unique(sources, id, row);
            }
        }
        date(row, "date");
        String kind = row.get("kind");
        if (kind != null && !SOURCE_KINDS.contains(kind)) {
            row.problem("kind", "must be one of " + String.join(", ", SOURCE_KINDS) + ", was \"" + kind + "\"");
        }
    }

    private void node(NodeKind kind, Row row) {
        String id = row.get("id");
        if (id != null) {
            Matcher matcher = ENTITY_ID.matcher(id);
            if (!matcher.matches()) {
                row.problem("id", "id must look like " + kind.prefix() + ":<key> (letters, digits, . _ -), was \"" + id + "\"");
            } else if (!matcher.group(1).equals(kind.prefix())) {
                row.problem("id", "ids in " + kind.file() + " start with \"" + kind.prefix() + ":\", was \"" + id + "\"");
            } else if (unique(entities, id, row)) {
                entityKinds.put(id, kind);
            }
        }
        for (String column : DATE_COLUMNS) {
            date(row, column);
        }
        String binding = row.get("legallyBinding");
        if (binding != null && !binding.equals("true") && !binding.equals("false")) {
            row.problem("legallyBinding", "must be true or false, was \"" + binding + "\"");
        }
        // Sources are checked once all files are read, so the order of files does not matter.
        pendingSourceReferences.add(row);
    }

    private void relationship(Row row) {
        String id = row.get("id");
        if (id != null) {
            if (!FACT_ID.matcher(id).matches()) {
                row.problem("id", "fact id must look like fact:<key> (letters, digits, . _ -), was \"" + id + "\"");
            } else {
                unique(facts, id, row);
            }
        }
        NodeKind start = entity(row, "start");
        NodeKind end = entity(row, "end");
        String typeName = row.get("type");
        if (typeName != null) {
            RelationshipType type = types.get(typeName);
            if (type == null && !unreadable.contains(RELATIONSHIP_TYPES)) {
                row.problem("type", "unknown relationship type \"" + typeName + "\"; " + RELATIONSHIP_TYPES + " lists the allowed ones");
            } else if (type != null) {
                if (start != null && !type.startKinds().contains(start)) {
                    row.problem("start", typeName + " cannot start at a " + start.prefix() + " (allowed: " + prefixes(type.startKinds()) + ")");
                }
                if (end != null && !type.endKinds().contains(end)) {
                    row.problem("end", typeName + " cannot end at a " + end.prefix() + " (allowed: " + prefixes(type.endKinds()) + ")");
                }
            }
        }
        NodeKind resource = entity(row, "resource");
        if (resource != null && resource != NodeKind.MINERAL && resource != NodeKind.TECHNOLOGY) {
            row.problem("resource", "must be a mineral or technology id, was a " + resource.prefix());
        }
        for (String column : List.of("date", "validFrom", "validTo")) {
            date(row, column);
        }
        String from = row.get("validFrom");
        String to = row.get("validTo");
        if (from != null && to != null && DATE.matcher(from).matches() && DATE.matcher(to).matches() && from.compareTo(to) > 0) {
            row.problem("validTo", "is before validFrom (" + from + ")");
        }
        integer(row, "year", 1000, 2200);
        number(row, "amount", null, null);
        number(row, "share", BigDecimal.ZERO, BigDecimal.ONE);
        number(row, "shareOfWorld", BigDecimal.ZERO, BigDecimal.ONE);
        sourceList(row, "sources");
        String confidence = row.get("confidence");
        if (confidence != null && !CONFIDENCE.contains(confidence)) {
            row.problem("confidence", "must be high, medium or low, was \"" + confidence + "\"");
        }
        String evidence = row.get("evidence");
        if (evidence != null && evidence.length() > MAX_EVIDENCE) {
            row.problem("evidence", "is " + evidence.length() + " characters; keep it to one sentence of at most " + MAX_EVIDENCE);
        }
    }

    private NodeKind entity(Row row, String column) {
        String id = row.get(column);
        if (id == null) {
            return null;
        }
        NodeKind kind = entityKinds.get(id);
        if (kind == null && allNodeFilesRead()) {
            row.problem(column, "unknown id \"" + id + "\"; no node file defines it");
        }
        return kind;
    }

    private boolean allNodeFilesRead() {
        return Arrays.stream(NodeKind.values()).map(NodeKind::file).noneMatch(unreadable::contains);
    }

    private void sourceList(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return;
        }
        for (String id : value.split(";", -1)) {
            if (!sources.containsKey(id) && !unreadable.contains(SOURCES)) {
                row.problem(column, "unknown source \"" + id + "\"; " + SOURCES + " does not list it");
            }
        }
    }

    private void date(Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return;
        }
        Matcher matcher = DATE.matcher(value);
        String message = "must be an ISO date YYYY, YYYY-MM or YYYY-MM-DD, was \"" + value + "\"";
        if (!matcher.matches()) {
            row.problem(column, message);
            return;
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            } else if (matcher.group(2) != null) {
                YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            }
        } catch (DateTimeException e) {
            row.problem(column, "is not a calendar date: \"" + value + "\"");
        }
    }

    private void integer(Row row, String column, int min, int max) {
        String value = row.get(column);
        if (value == null) {
            return;
        }
        try {
            int number = Integer.parseInt(value);
            if (number < min || number > max) {
                row.problem(column, "must be between " + min + " and " + max + ", was " + value);
            }
        } catch (NumberFormatException e) {
            row.problem(column, "must be a whole number, was \"" + value + "\"");
        }
    }

    private void number(Row row, String column, BigDecimal min, BigDecimal max) {
        String value = row.get(column);
        if (value == null) {
            return;
        }
        if (!NUMBER.matcher(value).matches()) {
            row.problem(column, "must be a plain decimal number (no ~, %, >, thousands separators), was \"" + value
                    + "\"; keep the reported text in valueText");
            return;
        }
        BigDecimal number = new BigDecimal(value);
        if (min != null && (number.compareTo(min) < 0 || number.compareTo(max) > 0)) {
            row.problem(column, "must be a fraction between " + min + " and " + max + ", was " + value);
        }
    }

    private boolean unique(Map<String, Location> seen, String id, Row row) {
        Location first = seen.get(id);
        if (first != null) {
            row.problem("id", "duplicate id \"" + id + "\", first defined at " + first);
            return false;
        }
        seen.put(id, new Location(row.file, row.line));
        return true;
    }

    private static String prefixes(Set<NodeKind> kinds) {
        return String.join(", ", kinds.stream().map(NodeKind::prefix).toList());
    }

    /** Reads a whole file, checking encoding, header and field counts; returns its rows. */
    private List<Row> read(String file, List<String> allowed, List<String> required) {
        Path path = directory.resolve(file);
        if (!Files.exists(path)) {
            problems.add(new Problem(file, 0, null, "file is missing from " + directory));
            return List.of();
        }
        String text;
        try {
            long size = Files.size(path);
            if (size > maxFileBytes) {
                problems.add(new Problem(file, 0, null, "is " + size + " bytes; at most " + maxFileBytes
                        + " are accepted per file (lodestone.import.max-file-size, or --max-file-size of the bulk import;"
                        + " the validator holds a whole file in memory, so raise the heap with it)"));
                unreadable.add(file);
                return List.of();
            }
            text = decode(file, Files.readAllBytes(path));
        } catch (IOException e) {
            problems.add(new Problem(file, 0, null, "cannot be read: " + e.getMessage()));
            unreadable.add(file);
            return List.of();
        }
        if (text == null) {
            unreadable.add(file);
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            long previousEnd = 0;
            for (CSVRecord record : parser) {
                long line = previousEnd + 1;
                previousEnd = parser.getCurrentLineNumber();
                if (header == null) {
                    header = header(file, record, allowed, required);
                    if (header == null) {
                        unreadable.add(file);
                        return List.of();
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    problems.add(new Problem(file, line, null,
                            "has " + record.size() + " fields, the header has " + header.size()));
                    continue;
                }
                Row row = new Row(file, line, new HashMap<>());
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i);
                    if (value.length() > MAX_FIELD) {
                        row.problem(header.get(i), "is " + value.length() + " characters long, at most " + MAX_FIELD + " are allowed");
                        value = "";
                    }
                    row.values.put(header.get(i), value.isEmpty() ? null : value);
                }
                for (String column : required) {
                    if (row.get(column) == null) {
                        row.problem(column, "is required but empty");
                    }
                }
                rows.add(row);
            }
            if (header == null) {
                problems.add(new Problem(file, 1, null, "is empty; expected a header line"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(new Problem(file, lineOf(e), null, csvProblem(e)));
            unreadable.add(file);
        }
        return rows;
    }

    private List<String> header(String file, CSVRecord record, List<String> allowed, List<String> required) {
        List<String> header = record.toList().stream().map(String::strip).toList();
        boolean ok = true;
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (!allowed.contains(column)) {
                problems.add(new Problem(file, 1, column.isEmpty() ? "column " + (i + 1) : column,
                        "unknown column; allowed: " + String.join(", ", allowed)));
                ok = false;
            } else if (header.indexOf(column) != i) {
                problems.add(new Problem(file, 1, column, "column appears twice"));
                ok = false;
            }
        }
        for (String column : required) {
            if (!header.contains(column)) {
                problems.add(new Problem(file, 1, column, "required column is missing"));
                ok = false;
            }
        }
        return ok ? header : null;
    }

    private String decode(String file, byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(new Problem(file, 1, null, "starts with a byte order mark; save it as UTF-8 without BOM"));
            return null;
        }
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            problems.add(new Problem(file, 1, null, "is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"));
            return null;
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            problems.add(new Problem(file, firstInvalidLine(bytes), null,
                    "is not valid UTF-8 (saved in another encoding?); save it as UTF-8"));
            return null;
        }
        // NUL and other control characters are valid UTF-8 but never text: binary data, or UTF-16 without a BOM.
        long line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (Character.isISOControl(c) && c != '\r' && c != '\t') {
                problems.add(new Problem(file, line, null, String.format("contains the control character U+%04X"
                        + " (binary data, or a UTF-16 file?); save it as UTF-8 text", (int) c)));
                return null;
            }
        }
        return text;
    }

    /** Commons CSV's messages, in words that say what to fix. */
    private static String csvProblem(Exception e) {
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

    private static long firstInvalidLine(byte[] bytes) {
        long line = 1;
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                try {
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes, start, i - start));
                } catch (CharacterCodingException e) {
                    return line;
                }
                line++;
                start = i + 1;
            }
        }
        return 0;
    }

    private static long lineOf(Exception e) {
        Matcher matcher = Pattern.compile("line:? ([\\d,]+)").matcher(String.valueOf(e.getMessage()));
        return matcher.find() ? Long.parseLong(matcher.group(1).replace(",", "")) : 0;
    }

    private record Location(String file, long line) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    private record RelationshipType(Set<NodeKind> startKinds, Set<NodeKind> endKinds) {
    }

    private final class Row {
        private final String file;
        private final long line;
        private final Map<String, String> values;

        private Row(String file, long line, Map<String, String> values) {
            this.file = file;
            this.line = line;
            this.values = values;
        }

        String get(String column) {
            return values.get(column);
        }

        void problem(String column, String message) {
            problems.add(new Problem(file, line, column, message));
        }
    }
}
