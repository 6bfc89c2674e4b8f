package io.lodestone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.lodestone.documents.TextAnalyzer.Analysis;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Mentions in documents written for these tests, against the entities of the real import files
 * (read here as the graph's dictionary query reads them from the graph; ApiDocumentsTest goes
 * through the graph itself).
 */
class TextAnalyzerTest {

    private static final TextAnalyzer analyzer = new TextAnalyzer(new LanguageModels());
    private static EntityDictionary dictionary;

    @BeforeAll
    static void dictionary() throws IOException {
        List<EntityDictionary.Named> entities = new ArrayList<>();
        Map<String, String> files = Map.ofEntries(Map.entry("countries.csv", "Country"), Map.entry("blocs.csv", "Bloc"),
                Map.entry("firms.csv", "Firm"), Map.entry("persons.csv", "Person"),
                Map.entry("institutions.csv", "Institution"), Map.entry("minerals.csv", "Mineral"),
                Map.entry("technologies.csv", "Technology"), Map.entry("facilities.csv", "Facility"),
                Map.entry("agreements.csv", "Agreement"), Map.entry("policies.csv", "Policy"),
                Map.entry("projects.csv", "Project"), Map.entry("events.csv", "Event"), Map.entry("regions.csv", "Region"));
        for (var file : files.entrySet()) {
            String type = file.getValue();
            boolean resource = type.equals("Mineral") || type.equals("Technology");
            try (Reader in = Files.newBufferedReader(Path.of("import", file.getKey()))) {
                for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                    List<String> aliases = row.get("aliases").isBlank() ? List.of() : Arrays.asList(row.get("aliases").split(";"));
                    entities.add(new EntityDictionary.Named(new EntityRef(row.get("id"), row.get("name"), type),
                            aliases, resource));
                }
            }
        }
        dictionary = new EntityDictionary(entities);
    }

    static String text(String resource) throws IOException {
        byte[] body = Objects.requireNonNull(TextAnalyzerTest.class.getResourceAsStream("/documents/" + resource)).readAllBytes();
        MediaType type = resource.endsWith(".html") ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
        return TextExtractor.extract(body, type).text();
    }

    @Test
    void printsMentions() throws IOException {
        for (String resource : List.of("tungsten-deal.txt", "chips-page.html")) {
            String text = text(resource);
            Analysis analysis = analyzer.analyse(text, dictionary);
            System.out.println(text);
            analysis.sentences().forEach(s -> System.out.println("S" + s.index() + " [" + s.start() + "," + s.end() + "] " + s.text()));
            analysis.mentions().forEach(m -> System.out.println(m));
        }
    }
}
