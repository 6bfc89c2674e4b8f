package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.lodestone.graph.CypherFiles;
import org.junit.jupiter.api.Test;

/**
 * The declaration of the import columns against the queries of cypher/import/ that load them:
 * every column a query reads is declared and every declared column is read, each converted as its
 * declared type says.
 */
class ImportSchemaTest {

    private static final Pattern READ = Pattern.compile("\\brow\\.(\\w+)");
    private static final Pattern CONVERTED = Pattern.compile("\\b(toInteger|toFloat|toBoolean|split)\\(row\\.(\\w+)");
    private static final Pattern EMPTY_LIST = Pattern.compile("WHEN row\\.(\\w+) IS NULL THEN \\[\\]");

    private final CypherFiles cypher = new CypherFiles();

    @Test
    void sourcesCypherLoadsEveryColumnOfSourcesCsv() {
        assertAgree(ImportSchema.SOURCES.columns(), cypher.get("import/sources.cypher"));
    }

    @Test
    void nodesCypherLoadsEveryColumnOfEveryNodeFile() {
        assertAgree(nodeColumns(), cypher.get("import/nodes.cypher"));
    }

    @Test
    void relationshipsCypherLoadsEveryColumnOfRelationshipsCsv() {
        assertAgree(ImportSchema.RELATIONSHIPS.columns(), cypher.get("import/relationships.cypher"));
    }

    /**
     * An accepted candidate is written to the files and, row by row, to the graph by the review's
     * queries: they must store a row exactly as the import does, so a re-import changes nothing.
     */
    @Test
    void theReviewWritesARowWithTheColumnsAndTypesOfTheImport() {
        assertAgree(ImportSchema.RELATIONSHIPS.columns(), cypher.get("review/fact.cypher"));
        assertAgree(ImportSchema.SOURCES.columns(), cypher.get("review/source.cypher"));
    }

    @Test
    void aColumnMissingFromTheCypherOrReadAsAnotherTypeIsCaught() {
        String query = cypher.get("import/relationships.cypher");

        assertThatThrownBy(() -> assertAgree(ImportSchema.RELATIONSHIPS.columns(),
                query.replace("toInteger(row.year)", "toFloat(row.year)"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertAgree(ImportSchema.RELATIONSHIPS.columns(),
                query.replace("note: row.note,", ""))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertAgree(ImportSchema.RELATIONSHIPS.columns(),
                query.replace("note: row.note,", "note: row.note, remark: row.remark,"))).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> assertAgree(ImportSchema.RELATIONSHIPS.columns(),
                query.replace("CASE WHEN row.origin IS NULL THEN [] ELSE split(row.origin, ';') END",
                        "split(row.origin, ';')"))).isInstanceOf(AssertionError.class);
    }

    @Test
    void theBulkPathCompletesEveryListThatIsEmptyWhenItsFieldIs() {
        assertThat(emptyLists(nodeColumns())).allSatisfy(name ->
                assertThat(cypher.get("import/bulk-complete-nodes.cypher")).contains("n." + name + " = []"));
        assertThat(emptyLists(ImportSchema.RELATIONSHIPS.columns())).allSatisfy(name ->
                assertThat(cypher.get("import/bulk-complete-relationships.cypher")).contains("coalesce(r." + name + ", [])"));
    }

    @Test
    void aColumnSharedByNodeFilesIsOneDeclaration() {
        Map<String, Set<ImportColumn>> byName = Arrays.stream(NodeKind.values())
                .flatMap(kind -> kind.importFile().columns().stream())
                .filter(column -> !column.name().equals("id"))
                .collect(Collectors.groupingBy(ImportColumn::name, Collectors.toSet()));

        assertThat(byName).allSatisfy((name, declarations) -> assertThat(declarations).as(name).hasSize(1));
    }

    /** The node files' columns, each name once (the id's rule differs per kind, its type does not). */
    private static Collection<ImportColumn> nodeColumns() {
        Map<String, ImportColumn> columns = new LinkedHashMap<>();
        for (NodeKind kind : NodeKind.values()) {
            kind.importFile().columns().forEach(column -> columns.putIfAbsent(column.name(), column));
        }
        return columns.values();
    }

    private static List<String> emptyLists(Collection<ImportColumn> columns) {
        return columns.stream().filter(column -> column.type() == ColumnType.LIST_OR_EMPTY).map(ImportColumn::name).toList();
    }

    private static void assertAgree(Collection<ImportColumn> columns, String loadQuery) {
        String query = withoutComments(loadQuery);
        String file = query.lines().filter(line -> line.contains("LOAD CSV")).findFirst().orElse(query);
        Map<String, ImportColumn> declared = new LinkedHashMap<>();
        columns.forEach(column -> declared.put(column.name(), column));

        assertThat(names(READ, query, 1)).as("columns %s reads", file).isEqualTo(new TreeSet<>(declared.keySet()));
        assertThat(declared.values()).allSatisfy(column -> assertThat(query)
                .as("%s reads %s as its declared type %s", file, column.name(), column.type())
                .contains(column.type().cypher(column.name())));
        Matcher converted = CONVERTED.matcher(query);
        while (converted.find()) {
            ImportColumn column = declared.get(converted.group(2));
            assertThat(converted.group(1)).as("%s converts %s as its declared type %s", file, column.name(), column.type())
                    .isEqualTo(column.type().cypherFunction());
        }
        assertThat(names(EMPTY_LIST, query, 1)).as("columns %s stores as an empty list when empty", file)
                .isEqualTo(new TreeSet<>(emptyLists(columns)));
    }

    private static Set<String> names(Pattern pattern, String text, int group) {
        Set<String> names = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(group));
        }
        return names;
    }

    private static String withoutComments(String query) {
        return query.lines().filter(line -> !line.strip().startsWith("//")).collect(Collectors.joining("\n"));
    }
}
