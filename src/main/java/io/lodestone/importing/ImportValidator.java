package io.lodestone.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks every import file before anything is written and collects all problems, not only the
 * first. Each file is read once, as a stream ({@link ImportFileReader}), through the rules of its
 * kind; the files others refer to are read first — relationship types, sources, node files, then
 * relationships — and what each defines is handed on to the {@link CrossReferences} of the next.
 * The rules are those of {@link ImportSchema} and docs/import-format.md.
 */
final class ImportValidator {

    /** Default per-file limit (lodestone.import.max-file-size). */
    static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    private ImportValidator() {
    }

    /** @return the validated import, or throws with every problem found */
    static ValidatedImport validate(Path directory) {
        return validate(directory, DEFAULT_MAX_FILE_BYTES);
    }

    /** @param maxFileBytes files larger than this are refused, unread */
    static ValidatedImport validate(Path directory, long maxFileBytes) {
        Problems problems = new Problems();
        if (!Files.isDirectory(directory)) {
            problems.report(directory.toString(), 0, null, "the import directory does not exist (set lodestone.import.directory)");
            throw problems.rejection();
        }
        reportUnknownFiles(directory, problems);
        ImportFileReader reader = new ImportFileReader(directory, maxFileBytes, problems);

        RelationshipTypeRules types = new RelationshipTypeRules();
        boolean typesRead = reader.read(ImportSchema.RELATIONSHIP_TYPES, types);
        SourceRules sources = new SourceRules();
        boolean sourcesRead = reader.read(ImportSchema.SOURCES, sources);
        CrossReferences references = new CrossReferences(new Definitions<>(types.types(), typesRead),
                new Definitions<>(sources.ids(), sourcesRead), new Definitions<>(Map.of(), false));

        List<NodeKind> nodeFiles = Arrays.stream(NodeKind.values())
                .filter(kind -> Files.exists(directory.resolve(kind.file()))).toList();
        Map<String, NodeKind> entities = new LinkedHashMap<>();
        boolean entitiesRead = true;
        for (NodeKind kind : nodeFiles) {
            NodeRules rules = new NodeRules(kind, references);
            entitiesRead &= reader.read(kind.importFile(), rules);
            rules.ids().forEach(id -> entities.put(id, kind));
        }

        RelationshipRules facts = new RelationshipRules(references.withEntities(new Definitions<>(entities, entitiesRead)));
        reader.read(ImportSchema.RELATIONSHIPS, facts);
        if (!problems.isEmpty()) {
            throw problems.rejection();
        }
        return new ValidatedImport(directory, nodeFiles, entities.keySet(), facts.ids(), sources.ids());
    }

    private static void reportUnknownFiles(Path directory, Problems problems) {
        Set<String> known = ImportSchema.files().stream().map(ImportFile::name)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        try (Stream<Path> files = Files.list(directory)) {
            files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".csv") && !known.contains(name))
                    .sorted()
                    .forEach(name -> problems.report(name, 0, null,
                            "unknown import file; expected one of " + String.join(", ", known)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
