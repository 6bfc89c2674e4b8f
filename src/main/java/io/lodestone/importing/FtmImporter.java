package io.lodestone.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestone.ftm.FtmFacts;
import io.lodestone.ftm.FtmModel;
import io.lodestone.graph.FactView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.exc.SchemaException;
import tech.followthemoney.model.Schema;

/**
 * Takes FollowTheMoney entities (JSON lines, e.g. a sanctions list or a Lodestone FtM export) into
 * the import files, then re-imports the graph from them: the files stay the source of truth.
 * An entity whose id is already in the files, or whose normalised name or alias is an existing
 * entity's, is reported for review and never merged; a fact with such an end is held back with it.
 * A failed graph import restores the files as they were.
 */
@Service
public class FtmImporter {

    private static final Pattern NOT_KEY = Pattern.compile("[^A-Za-z0-9._-]+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Set<String> LEGAL_FORMS = Set.of("ltd", "limited", "inc", "llc", "corp", "corporation",
            "co", "company", "plc", "gmbh", "ag", "sa", "nv", "bv", "jsc", "holding", "holdings", "group");
    private static final Map<String, String> FOREIGN_KINDS = Map.of("Person", "person", "Company", "firm",
            "Organization", "firm", "LegalEntity", "firm", "PublicBody", "institution", "Address", "region",
            "RealEstate", "facility", "Contract", "agreement", "Project", "project", "Event", "event");

    private final FtmModel ftm;
    private final GraphImporter graph;
    private final ImportProperties properties;
    private final ObjectMapper json = new ObjectMapper();

    FtmImporter(FtmModel ftm, GraphImporter graph, ImportProperties properties) {
        this.ftm = ftm;
        this.graph = graph;
        this.properties = properties;
    }

    /**
     * Adds the file's new entities, sources and facts to the import files and re-imports the graph.
     *
     * @param file   the file as the caller names it (in problems and as the source of entities without Documentation)
     * @param dryRun only report what would be added, matched and held
     * @throws ImportRejectedException when a line is not an FtM entity of the schema; nothing is written
     */
    public synchronized FtmImportReport importFile(InputStream in, FileSource file, boolean dryRun) {
        Path directory = properties.directory();
        Plan plan = plan(read(in, file.name()), file, directory);
        if (dryRun || plan.isEmpty()) {
            return plan.report(null);
        }
        Map<Path, Path> backups = new LinkedHashMap<>();
        try {
            for (String name : plan.rows().keySet()) {
                Path target = directory.resolve(name);
                Path backup = Files.createTempFile("lodestone-ftm-", ".csv");
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
                backups.put(target, backup);
            }
            write(plan, directory);
            return plan.report(graph.importGraph());
        } catch (IOException | RuntimeException e) {
            restore(backups);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        } finally {
            backups.values().forEach(backup -> backup.toFile().delete());
        }
    }

    /** The FtM entities of a JSON-lines stream, each line checked against the schema. */
    List<ValueEntity> read(InputStream in, String fileName) {
        List<ValueEntity> entities = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode node = json.readTree(line);
                    ValueEntity entity = ValueEntity.fromJson(ftm.model(), node);
                    entities.add(entity);
                    lines.put(entity.getId(), number);
                } catch (JsonProcessingException e) {
                    problems.add(new Problem(fileName, number, "column " + e.getLocation().getColumnNr(),
                            "not JSON: " + e.getOriginalMessage()));
                } catch (SchemaException | RuntimeException e) {
                    problems.add(new Problem(fileName, number, null, "not an FtM entity: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String message : ftm.validate(entities)) {
            String id = message.substring("entity ".length(), message.indexOf(' ', "entity ".length()));
            problems.add(new Problem(fileName, lines.getOrDefault(id, 0L), null, message));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return entities;
    }

    /** What the entities add to the import files in {@code directory}, and what they match. */
    Plan plan(List<ValueEntity> entities, FileSource file, Path directory) {
        Existing existing = Existing.read(directory);
        Map<String, ValueEntity> byId = new LinkedHashMap<>();
        entities.forEach(entity -> byId.put(entity.getId(), entity));
        Plan plan = new Plan(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new int[3]);

        // Sources: the file's Documents, and the file itself for entities no Document attests.
        Map<String, String> sourceIds = new HashMap<>();
        for (ValueEntity entity : entities) {
            if (entity.getSchema().isA(ftm.schema("Document"))) {
                String id = FtmModel.lodestoneId(entity.getId()).orElse("source:" + key(entity.getId()));
                sourceIds.put(entity.getId(), id);
                if (!existing.sourceIds().contains(id)) {
                    plan.add(ImportSchema.SOURCES.name(), Map.of("id", id,
                            "title", value(entity, "title").or(() -> value(entity, "name")).orElse(value(entity, "fileName").orElse(id)),
                            "publisher", value(entity, "publisher").orElse(file.publisher()),
                            "author", value(entity, "author").orElse(""),
                            "date", value(entity, "publishedAt").or(() -> value(entity, "date")).orElse(file.date()),
                            "url", value(entity, "sourceUrl").orElse(""),
                            // fileName is required: an export without a file names the URL or the key there
                            "file", value(entity, "fileName").filter(name -> !name.contains("://") && !id.endsWith(":" + name)).orElse(""),
                            "kind", value(entity, "keywords").orElse("dataset"),
                            "document", value(entity, "contentHash").filter(hash -> hash.matches("[0-9a-f]{16}"))
                                    .map(hash -> "document:" + hash).orElse("")));
                    plan.counts()[2]++;
                }
            }
        }
        Map<String, Set<String>> documentation = new HashMap<>();
        for (ValueEntity entity : entities) {
            if (entity.getSchema().getName().equals("Documentation")) {
                Optional<String> source = FtmFacts.first(entity, "document").map(sourceIds::get);
                FtmFacts.first(entity, "entity").ifPresent(target -> source.ifPresent(id ->
                        documentation.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(id)));
            }
        }
        boolean fileSourceUsed = false;

        // Entities: new ones written, present or matching ones reported.
        Map<String, String> written = new HashMap<>();
        Map<String, String> present = new HashMap<>();
        for (ValueEntity entity : entities) {
            Optional<String> kind = kind(entity);
            if (kind.isEmpty()) {
                if (!entity.getSchema().isEdge() && !entity.getSchema().isA(ftm.schema("Document"))
                        && !entity.getSchema().getName().equals("Contract")) {
                    plan.skipped().add(new FtmImportReport.Skipped(entity.getId(), entity.getSchema().getName(),
                            "no Lodestone kind for this schema"));
                }
                continue;
            }
            String id = FtmModel.lodestoneId(entity.getId()).filter(found -> found.startsWith(kind.get() + ":"))
                    .orElse(kind.get() + ":" + key(entity.getId()));
            String name = FtmFacts.name(entity);
            List<String> aliases = values(entity, "alias");
            if (existing.names().containsKey(id)) {
                present.put(entity.getId(), id);
                plan.matches().add(new FtmImportReport.Match(entity.getId(), entity.getSchema().getName(), name, id,
                        existing.names().get(id), "id"));
                continue;
            }
            Optional<Map.Entry<String, String>> similar = existing.byName(name, aliases);
            if (similar.isPresent()) {
                plan.matches().add(new FtmImportReport.Match(entity.getId(), entity.getSchema().getName(), name,
                        similar.get().getKey(), existing.names().get(similar.get().getKey()), "name '" + similar.get().getValue() + "'"));
                continue;
            }
            Set<String> sources = documentation.getOrDefault(entity.getId(), Set.of());
            if (sources.isEmpty()) {
                sources = Set.of(file.sourceId());
                fileSourceUsed = true;
            }
            NodeKind nodeKind = NodeKind.byPrefix(kind.get()).orElseThrow();
            Map<String, String> row = new HashMap<>(FtmFacts.readSummary(entity, nodeKind.importFile().columnNames()));
            row.putAll(Map.of("id", id, "name", name, "aliases", String.join(";", aliases),
                    "description", value(entity, "description").orElse(""), "sources", String.join(";", sources)));
            plan.add(nodeKind.file(), row);
            written.put(entity.getId(), id);
            existing.names().put(id, name);
            plan.counts()[0]++;
        }

        // Facts: between entities written now or already present by id; held when an end only matched by name.
        for (ValueEntity entity : entities) {
            Optional<FtmFacts.Link> link = FtmFacts.readLink(entity, byId);
            if (link.isEmpty()) {
                if (entity.getSchema().isEdge() && !entity.getSchema().getName().equals("Documentation")) {
                    plan.skipped().add(new FtmImportReport.Skipped(entity.getId(), entity.getSchema().getName(),
                            "no Lodestone relationship type for this schema"));
                }
                continue;
            }
            String factId = value(entity, "recordId").filter(id -> id.startsWith(FactView.ID_PREFIX))
                    .orElse(FactView.ID_PREFIX + key(entity.getId()));
            String start = written.getOrDefault(link.get().startFtmId(), present.get(link.get().startFtmId()));
            String end = written.getOrDefault(link.get().endFtmId(), present.get(link.get().endFtmId()));
            if (start == null || end == null) {
                plan.held().add(new FtmImportReport.Held(entity.getId(), link.get().type(),
                        "an end matched an existing entity by name (or is not in the file): review before linking"));
                continue;
            }
            if (existing.factIds().contains(factId)) {
                continue;
            }
            Map<String, String> row = new HashMap<>(FtmFacts.readProperties(entity));
            row.put("id", factId);
            row.put("start", start);
            row.put("type", link.get().type());
            row.put("end", end);
            if (!row.containsKey("sources")) {
                row.put("sources", file.sourceId());
                fileSourceUsed = true;
            }
            row.putIfAbsent("evidence", entity.getSchema().getName() + " record " + entity.getId() + " in " + file.name());
            row.putIfAbsent("confidence", "medium");
            plan.add(ImportSchema.RELATIONSHIPS.name(), row);
            existing.factIds().add(factId);
            plan.counts()[1]++;
        }
        if (fileSourceUsed && !existing.sourceIds().contains(file.sourceId())) {
            plan.add(ImportSchema.SOURCES.name(), Map.of("id", file.sourceId(),
                    "title", file.title(), "publisher", file.publisher(), "date", file.date(), "url", file.url(),
                    "file", "", "kind", "dataset", "author", ""));
            plan.counts()[2]++;
        }
        return plan;
    }

    /** Appends the planned rows to the files, in each file's own column order. */
    static void write(Plan plan, Path directory) throws IOException {
        for (Map.Entry<String, List<Map<String, String>>> file : plan.rows().entrySet()) {
            Path path = directory.resolve(file.getKey());
            List<String> header;
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(reader)) {
                header = parser.getHeaderNames();
            }
            String text = Files.readString(path, StandardCharsets.UTF_8);
            try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                 CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
                if (!text.isEmpty() && !text.endsWith("\n")) {
                    writer.write("\n");
                }
                for (Map<String, String> row : file.getValue()) {
                    printer.printRecord(header.stream().map(column -> row.getOrDefault(column, "")).toList());
                }
            }
        }
    }

    private Optional<String> kind(ValueEntity entity) {
        Schema schema = entity.getSchema();
        Optional<String> own = FtmModel.lodestoneId(entity.getId()).map(id -> id.substring(0, id.indexOf(':')))
                .filter(kind -> NodeKind.byPrefix(kind).isPresent());
        if (own.isPresent()) {
            return own;
        }
        if (entity.getId().startsWith(FtmModel.ID_PREFIX + "award-")) {
            return Optional.empty();
        }
        return Optional.ofNullable(FOREIGN_KINDS.get(schema.getName()));
    }

    private static Optional<String> value(ValueEntity entity, String property) {
        return FtmFacts.first(entity, property);
    }

    private static List<String> values(ValueEntity entity, String property) {
        return entity.getSchema().hasProperty(property) ? entity.getValues(entity.getSchema().getProperty(property)) : List.of();
    }

    /** An FtM id as a Lodestone key: what the key syntax allows, lower case. */
    static String key(String ftmId) {
        String key = NOT_KEY.matcher(ftmId.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^[._-]+", "");
        return key.isEmpty() ? "x" : key;
    }

    /** Names compared without accents, case, punctuation or legal forms ("ASML Holding N.V." is "asml"). */
    static String normalise(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(List.of(NOT_ALNUM.matcher(plain).replaceAll(" ").strip().split(" +")));
        while (true) {
            int last = words.size() - 1;
            if (last > 0 && LEGAL_FORMS.contains(words.get(last))) {
                words.remove(last);
            } else if (last > 1 && words.get(last).length() == 1 && words.get(last - 1).length() == 1) {
                words.subList(last - 1, last + 1).clear(); // "N.V.", "S.A."
            } else {
                return String.join(" ", words);
            }
        }
    }

    private static void restore(Map<Path, Path> backups) {
        backups.forEach((target, backup) -> {
            try {
                Files.copy(backup, target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not restore " + target + " from " + backup, e);
            }
        });
    }

    /**
     * The file being imported, as the source of the entities no Document of the file attests.
     *
     * @param name the file's name, for problems and generated evidence
     */
    public record FileSource(String name, String sourceId, String title, String publisher, String date, String url) {

        public FileSource {
            date = date == null || date.isBlank() ? LocalDate.now().toString() : date;
            url = url == null ? "" : url;
        }
    }

    /** Rows to append per file, and what is reported. */
    record Plan(Map<String, List<Map<String, String>>> rows, List<FtmImportReport.Match> matches,
                List<FtmImportReport.Held> held, List<FtmImportReport.Skipped> skipped, int[] counts) {

        void add(String file, Map<String, String> row) {
            rows.computeIfAbsent(file, k -> new ArrayList<>()).add(row);
        }

        boolean isEmpty() {
            return rows.isEmpty();
        }

        FtmImportReport report(ImportReport graph) {
            return new FtmImportReport(counts[0], counts[1], counts[2], matches, held, skipped, graph);
        }
    }

    /** What the import files hold: entity names and aliases (normalised), fact and source ids. */
    record Existing(Map<String, String> names, Map<String, Map<String, String>> normalised, Set<String> factIds,
                    Set<String> sourceIds) {

        static Existing read(Path directory) {
            Existing existing = new Existing(new HashMap<>(), new HashMap<>(), new java.util.HashSet<>(), new java.util.HashSet<>());
            for (NodeKind kind : NodeKind.values()) {
                for (CSVRecord record : records(directory.resolve(kind.file()))) {
                    String id = record.get("id");
                    existing.names().put(id, record.get("name"));
                    List<String> names = new ArrayList<>(List.of(record.get("name")));
                    if (record.isMapped("aliases") && !record.get("aliases").isBlank()) {
                        names.addAll(List.of(record.get("aliases").split(";")));
                    }
                    names.forEach(name -> existing.normalised().computeIfAbsent(normalise(name), k -> new LinkedHashMap<>()).put(id, name));
                }
            }
            records(directory.resolve(ImportSchema.RELATIONSHIPS.name())).forEach(record -> existing.factIds().add(record.get("id")));
            records(directory.resolve(ImportSchema.SOURCES.name())).forEach(record -> existing.sourceIds().add(record.get("id")));
            return existing;
        }

        /** An existing entity one of these names or aliases normalises to: its id and the name that matched. */
        Optional<Map.Entry<String, String>> byName(String name, List<String> aliases) {
            List<String> all = new ArrayList<>(List.of(name));
            all.addAll(aliases);
            return all.stream().map(FtmImporter::normalise).filter(n -> !n.isBlank()).map(normalised::get)
                    .filter(java.util.Objects::nonNull).flatMap(found -> found.entrySet().stream()).findFirst();
        }

        private static List<CSVRecord> records(Path file) {
            if (!Files.exists(file)) {
                return List.of();
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                return parser.getRecords();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
