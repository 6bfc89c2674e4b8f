package io.lodestone.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.lodestone.importing.ColumnType;
import io.lodestone.importing.ImportColumn;
import io.lodestone.importing.ImportSchema;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Values;

/**
 * The typed fact properties against the one declaration of the import columns and against the
 * queries that store properties on relationships: a column added to relationships.csv without a
 * component here fails.
 */
class FactPropertiesTest {

    /** What the import query derives (as-of keys) and what an INVOLVES edge adds (its fact and that fact's type). */
    private static final Set<String> DERIVED = Set.of("since", "until", "fact", "relation");
    private static final Pattern SET_PROPERTY = Pattern.compile("\\bderived\\.(\\w+) =");

    private final CypherFiles cypher = new CypherFiles();

    @Test
    void everyStoredColumnOfRelationshipsCsvIsAComponentOfItsDeclaredType() {
        Map<String, Class<?>> components = Arrays.stream(FactProperties.class.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, RecordComponent::getType));
        List<ImportColumn> stored = ImportSchema.RELATIONSHIPS.columns().stream().filter(ImportColumn::property).toList();

        assertThat(components.keySet()).isEqualTo(Stream.concat(stored.stream().map(ImportColumn::name), DERIVED.stream())
                .collect(Collectors.toSet()));
        assertThat(stored).allSatisfy(column -> assertThat(components.get(column.name())).as(column.name())
                .isEqualTo(javaType(column.type())));
    }

    @Test
    void everyPropertyAnInvolvesEdgeCarriesIsAComponent() {
        Set<String> set = new TreeSet<>();
        Matcher matcher = SET_PROPERTY.matcher(cypher.get("import/involves.cypher"));
        while (matcher.find()) {
            set.add(matcher.group(1));
        }

        assertThat(set).isNotEmpty();
        assertThat(Arrays.stream(FactProperties.class.getRecordComponents()).map(RecordComponent::getName))
                .containsAll(set);
    }

    @Test
    void readsWhatIsStoredAndLeavesOutWhatIsNot() {
        FactProperties properties = FactProperties.of(Values.value(Map.of("id", "fact:x", "year", 2024L, "share", 0.4,
                "sources", List.of("source:a", "source:b"), "evidence", "Vietnam mines tungsten.")));

        assertThat(properties.year()).isEqualTo(2024L);
        assertThat(properties.get("share")).isEqualTo(0.4);
        assertThat(properties.sourceIds()).containsExactly("source:a", "source:b");
        assertThat(properties.amount()).isNull();
        assertThat(properties.get("amount")).isNull();
        assertThat(properties.get("noSuchProperty")).isNull();
        assertThat(FactProperties.assumed("ban", "assumed", "2026-01-01").sourceIds()).isEmpty();
    }

    private static Class<?> javaType(ColumnType type) {
        return switch (type) {
            case TEXT -> String.class;
            case INTEGER -> Long.class;
            case DECIMAL -> Double.class;
            case BOOLEAN -> Boolean.class;
            case LIST, LIST_OR_EMPTY -> List.class;
        };
    }
}
