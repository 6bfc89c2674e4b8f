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

    private static Analysis analyse(String text) {
        return analyzer.analyse(text, dictionary);
    }

    /** The mention that starts at the n-th occurrence (0-based) of {@code found} in the text. */
    private static Mention at(String text, Analysis analysis, String found, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = text.indexOf(found, start + 1);
            assertThat(start).as("'%s' #%d in the text", found, i).isNotNegative();
        }
        int offset = start;
        return analysis.mentions().stream().filter(m -> m.start() == offset).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at '" + found + "' (" + offset + "): " + analysis.mentions()));
    }

    private static void assertEntity(String text, Analysis analysis, String found, int occurrence, String mentionText,
                                     String entityId) {
        assertMention(text, analysis, found, occurrence, mentionText, entityId, null);
    }

    private static void assertNew(String text, Analysis analysis, String found, int occurrence, String mentionText,
                                  String kind) {
        assertMention(text, analysis, found, occurrence, mentionText, null, kind);
    }

    /** entityId null: a new name, of the kind given. */
    private static void assertMention(String text, Analysis analysis, String found, int occurrence, String mentionText,
                                      String entityId, String kind) {
        Mention mention = at(text, analysis, found, occurrence);
        assertThat(mention.text()).isEqualTo(mentionText);
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mentionText);
        assertThat(mention.entity() == null ? null : mention.entity().id()).as(mentionText).isEqualTo(entityId);
        assertThat(mention.proposedKind()).as(mentionText).isEqualTo(kind);
    }

    @Test
    void namesAndAliasesAreFoundWhateverTheirCaseAccentsAndPunctuation() throws IOException {
        String text = text("tungsten-deal.txt");
        Analysis analysis = analyse(text);

        assertEntity(text, analysis, "Hanoi", 0, "Hanoi", "region:hanoi");
        assertEntity(text, analysis, "HANOI", 0, "HANOI", "region:hanoi");
        assertEntity(text, analysis, "Việt Nam", 0, "Việt Nam", "country:VN");
        assertEntity(text, analysis, "European Union", 0, "European Union", "bloc:EU");
        assertEntity(text, analysis, "António Costa", 0, "António Costa", "person:antonio-costa");
        assertEntity(text, analysis, "rare earths", 0, "rare earths", "mineral:rare-earths");
        assertEntity(text, analysis, "Nui Phao mine", 0, "Nui Phao mine", "facility:nui-phao-mine");
        assertEntity(text, analysis, "Pham Minh Chinh", 0, "Pham Minh Chinh", "person:pham-minh-chinh");
        assertEntity(text, analysis, "U.S.", 0, "U.S.", "country:US");
        // "Masan High-Tech Materials" is one name, not Masan (firm:masan-group) and more: longest wins
        assertEntity(text, analysis, "Masan", 0, "Masan High-Tech Materials", "firm:masan-high-tech-materials");
    }

    @Test
    void legalFormsAndPossessivesDoNotHideAName() throws IOException {
        String text = text("tungsten-deal.txt");
        Analysis analysis = analyse(text);

        // the graph knows "Vietnam Rare Earth JSC"; the text writes "Company"
        assertEntity(text, analysis, "Vietnam Rare Earth", 0, "Vietnam Rare Earth Company", "firm:vietnam-rare-earth-jsc");
        assertEntity(text, analysis, "Intel", 0, "Intel Corp", "firm:intel");
        assertEntity(text, analysis, "Samsung", 0, "Samsung Electronics Co., Ltd", "firm:samsung");
        assertEntity(text, analysis, "Nokia's", 0, "Nokia", "firm:nokia");
    }

    @Test
    void anAbbreviationIntroducedInTheTextNamesTheSameEntity() throws IOException {
        String text = text("tungsten-deal.txt");
        Analysis analysis = analyse(text);

        assertEntity(text, analysis, "Thai Duong Group", 0, "Thai Duong Group", "firm:thai-duong-group");
        assertEntity(text, analysis, "TDG", 0, "TDG", "firm:thai-duong-group");
        assertEntity(text, analysis, "TDG", 1, "TDG", "firm:thai-duong-group");
        // an organisation the graph lacks, and its abbreviation, later too
        assertNew(text, analysis, "Vietnam Institute", 0, "Vietnam Institute of Geosciences and Mineral Resources",
                Mention.ORGANISATION);
        assertNew(text, analysis, "VIGMR", 0, "VIGMR", Mention.ORGANISATION);
        assertNew(text, analysis, "VIGMR", 1, "VIGMR", Mention.ORGANISATION);
    }

    @Test
    void namesTheGraphLacksAreProposedWithTheirKind() throws IOException {
        String text = text("tungsten-deal.txt");
        Analysis analysis = analyse(text);

        assertNew(text, analysis, "Nguyen Thi Lan", 0, "Nguyen Thi Lan", Mention.PERSON);
        assertNew(text, analysis, "Hoang Lien", 0, "Hoang Lien Critical Metals", Mention.ORGANISATION);
        assertNew(text, analysis, "Lao Cai", 0, "Lao Cai Province", Mention.PLACE);
        assertNew(text, analysis, "Quang Ninh", 0, "Quang Ninh", Mention.PLACE);
        // neither dates nor titles are names
        assertThat(analysis.mentions()).extracting(Mention::text)
                .doesNotContain("March", "Tuesday", "February", "Prime Minister", "President");
    }

    @Test
    void everyMentionIsInsideItsSentenceAndTheTextAtItsOffsets() throws IOException {
        for (String resource : List.of("tungsten-deal.txt", "chips-page.html")) {
            String text = text(resource);
            Analysis analysis = analyse(text);
            assertThat(analysis.sentences()).isNotEmpty();
            for (int i = 0; i < analysis.sentences().size(); i++) {
                Sentence sentence = analysis.sentences().get(i);
                assertThat(sentence.index()).isEqualTo(i);
                assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
            }
            for (Mention mention : analysis.mentions()) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
                Sentence sentence = analysis.sentences().get(mention.sentence());
                assertThat(mention.start()).isGreaterThanOrEqualTo(sentence.start());
                assertThat(mention.end()).isLessThanOrEqualTo(sentence.end());
            }
        }
    }

    @Test
    void sentencesDoNotEndAtTheAbbreviationOfALegalForm() throws IOException {
        String text = text("tungsten-deal.txt");
        assertThat(analyse(text).sentences()).extracting(Sentence::text)
                .contains("Intel Corp. and Samsung Electronics Co., Ltd. were not named in the plan.");
    }

    @Test
    void shortNamesAndAcronymsMatchOnlyAsWritten() {
        String text = "Let us meet the eu delegation. The EU and the US agreed; Eu prices rose.";
        Analysis analysis = analyse(text);

        assertThat(analysis.mentions()).filteredOn(m -> m.entity() != null)
                .extracting(Mention::text, m -> m.entity().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("EU", "bloc:EU"),
                        org.assertj.core.groups.Tuple.tuple("US", "country:US"),
                        org.assertj.core.groups.Tuple.tuple("Eu", "mineral:europium"));
    }

    @Test
    void aSentencesCapitalisedFirstWordIsNotAChemicalSymbol() {
        String text = "In addition, Vietnam mines tungsten. As part of the plan, the In and As content of the ore is assayed.";
        Analysis analysis = analyse(text);

        assertThat(analysis.mentions()).filteredOn(m -> m.entity() != null)
                .extracting(Mention::text, m -> m.entity().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vietnam", "country:VN"),
                        org.assertj.core.groups.Tuple.tuple("tungsten", "mineral:tungsten"),
                        org.assertj.core.groups.Tuple.tuple("In", "mineral:indium"),
                        org.assertj.core.groups.Tuple.tuple("As", "mineral:arsenic"));
    }

    @Test
    void aTitleCaseHeadlineProposesNoNewNamesButFindsKnownOnes() {
        String text = "Vietnam Courts European Buyers as Tungsten Output Climbs\n\nBy Minh Anh\n\n"
                + "On Monday, Hoang Lien Metals said that Vietnam would double output.\n\n"
                + "Photo: Lantern Images, Coastal Studio via Stockbank";
        Analysis analysis = analyse(text);

        assertEntity(text, analysis, "Vietnam Courts", 0, "Vietnam", "country:VN");
        assertEntity(text, analysis, "Tungsten", 0, "Tungsten", "mineral:tungsten");
        assertNew(text, analysis, "Minh Anh", 0, "Minh Anh", Mention.PERSON);
        assertNew(text, analysis, "Hoang Lien Metals", 0, "Hoang Lien Metals", Mention.ORGANISATION);
        assertThat(analysis.mentions()).extracting(Mention::text)
                .doesNotContain("Courts European Buyers", "European Buyers", "Output Climbs", "Lantern Images", "Coastal Studio");
    }

    @Test
    void anHtmlPageKeepsItsArticleAndDropsItsFurniture() throws IOException {
        String text = text("chips-page.html");
        Analysis analysis = analyse(text);

        assertThat(text).startsWith("Viettel and ASML suppliers eye Hanoi chip plant")
                .doesNotContain("Huawei", "ZTE", "Ericsson", "tracking", "font-family", "Related");
        assertEntity(text, analysis, "Viettel Group", 0, "Viettel Group", "firm:viettel");
        assertEntity(text, analysis, "ASML's", 0, "ASML", "firm:asml");
        assertEntity(text, analysis, "Jozef Sikela", 0, "Jozef Sikela", "person:jozef-sikela");
        assertEntity(text, analysis, "Amkor Technology Vietnam", 0, "Amkor Technology Vietnam",
                "firm:amkor-technology-vietnam");
        assertNew(text, analysis, "Linh Tran", 0, "Linh Tran", Mention.PERSON);
        assertNew(text, analysis, "Hanoi University", 0, "Hanoi University of Science and Technology",
                Mention.ORGANISATION);
    }
}
