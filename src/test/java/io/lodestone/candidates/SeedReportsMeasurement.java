package io.lodestone.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.lodestone.ApiClient;
import io.lodestone.ImportFilesCopy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;

/**
 * The measurement of docs/candidates.md, run by hand (it reads the seed reports, which are not in
 * the repository):
 * <pre>./mvnw -B -q test -Dtest=SeedReportsMeasurement -Dseeds=../shared/seeds</pre>
 * The service starts on a copy of {@code import/} without the facts curated from the seed reports
 * (origin {@code seeds/...}), ingests each report over HTTP and compares its candidate facts with
 * the facts curated from it: recall is the share of curated facts whose pair of entities is among
 * the report's candidates; precision the share of candidates whose pair is a curated fact's pair
 * (and, stricter, whose type is too). Figures go to target/candidates-measurement.md.
 */
@EnabledIfSystemProperty(named = "seeds", matches = ".+")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lodestone.embedded.bolt-port=0",
        "lodestone.embedded.http-port=0",
        "lodestone.embedded.data-dir=target/measure/graph",
        "lodestone.security.editor-tokens=measure:" + SeedReportsMeasurement.TOKEN,
})
class SeedReportsMeasurement {

    static final String TOKEN = "measure-token-3e1";
    static final Path ROOT = Path.of("target/measure");
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    record Report(String file, String title, String publisher, String author, String date) {
    }

    static final List<Report> REPORTS = List.of(
            new Report("000_40bed9fd27b8317d.txt", "Vietnam and the EU Deepen Cooperation – Raw Materials Also in Focus",
                    "rawmaterials.net", null, "2026-01-29"),
            new Report("001_9c977f3d893ec6dc.txt",
                    "EU and Vietnam Agree to Deepen Cooperation on Minerals, Chips and 'Trusted' 5G in Draft Joint Statement",
                    "Commodities", "Maya Rios", "2026-01-28"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void withoutSeedFacts(DynamicPropertyRegistry registry) throws IOException {
        FileSystemUtils.deleteRecursively(ROOT);
        Path imports = ROOT.resolve("import");
        Files.createDirectories(imports);
        ImportFilesCopy.into(imports);
        List<CSVRecord> facts = facts();
        StringWriter kept = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(kept, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            printer.printRecord(facts.get(0).getParser().getHeaderNames());
            for (CSVRecord fact : facts) {
                if (!fact.get("origin").contains("seeds/")) {
                    printer.printRecord(fact.toList());
                }
            }
        }
        Files.writeString(imports.resolve("relationships.csv"), kept.toString());
        registry.add("lodestone.import.directory", imports::toString);
        registry.add("lodestone.documents.directory", () -> ROOT.resolve("documents").toString());
    }

    static List<CSVRecord> facts() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("import/relationships.csv"))) {
            return CSV.parse(reader).getRecords();
        }
    }

    @Test
    void recallAndPrecisionOnTheSeedReports() throws IOException {
        ApiClient api = new ApiClient(port);
        Path seeds = Path.of(System.getProperty("seeds"));
        StringBuilder table = new StringBuilder("| report | curated facts | recall (pairs) | candidates | precision (pairs)"
                + " | precision (pair and type) |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
        int allCurated = 0;
        int allFound = 0;
        int allCandidates = 0;
        int allMatching = 0;
        int allTyped = 0;
        List<String> missed = new ArrayList<>();
        for (Report report : REPORTS) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("title", report.title());
            query.put("publisher", report.publisher());
            query.put("date", report.date());
            if (report.author() != null) {
                query.put("author", report.author());
            }
            StringBuilder url = new StringBuilder(api.base() + "/api/documents?");
            query.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
            ApiClient.Response ingested = api.send(HttpRequest.newBuilder(URI.create(url.toString()))
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .header("Authorization", "Bearer " + TOKEN)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(seeds.resolve(report.file())))).build());
            assertThat(ingested.status()).as(ingested.text()).isIn(200, 201);
            String document = ingested.json().get("id").asString();

            List<JsonNode> candidates = new ArrayList<>();
            for (int offset = 0; ; offset += 200) {
                JsonNode page = api.get("/api/candidates", "document", document, "offset", String.valueOf(offset), "limit", "200").json();
                page.get("candidates").forEach(candidates::add);
                if (offset + 200 >= page.get("total").asLong()) {
                    break;
                }
            }
            details(api, report, document, candidates);
            Set<String> candidatePairs = new HashSet<>();
            for (JsonNode c : candidates) {
                candidatePairs.add(pair(c.get("start").get("id").asString(null), c.get("end").get("id").asString(null)));
            }
            Set<String> curatedPairs = new HashSet<>();
            Set<String> curatedTyped = new HashSet<>();
            int curated = 0;
            int found = 0;
            for (CSVRecord fact : facts()) {
                if (fact.get("origin").contains("seeds/" + report.file())) {
                    curated++;
                    String pair = pair(fact.get("start"), fact.get("end"));
                    curatedPairs.add(pair);
                    curatedTyped.add(pair + "|" + fact.get("type"));
                    if (candidatePairs.contains(pair)) {
                        found++;
                    } else {
                        missed.add(report.file() + ": " + fact.get("start") + " " + fact.get("type") + " " + fact.get("end"));
                    }
                }
            }
            int matching = 0;
            int typed = 0;
            for (JsonNode c : candidates) {
                String pair = pair(c.get("start").get("id").asString(null), c.get("end").get("id").asString(null));
                if (curatedPairs.contains(pair)) {
                    matching++;
                    if (curatedTyped.contains(pair + "|" + c.get("type").asString(null))) {
                        typed++;
                    }
                }
            }
            table.append("| ").append(report.file()).append(" | ").append(curated).append(" | ").append(percent(found, curated))
                    .append(" (").append(found).append(") | ").append(candidates.size()).append(" | ")
                    .append(percent(matching, candidates.size())).append(" (").append(matching).append(") | ")
                    .append(percent(typed, candidates.size())).append(" (").append(typed).append(") |\n");
            allCurated += curated;
            allFound += found;
            allCandidates += candidates.size();
            allMatching += matching;
            allTyped += typed;
        }
        table.append("| both | ").append(allCurated).append(" | ").append(percent(allFound, allCurated)).append(" (")
                .append(allFound).append(") | ").append(allCandidates).append(" | ").append(percent(allMatching, allCandidates))
                .append(" (").append(allMatching).append(") | ").append(percent(allTyped, allCandidates)).append(" (")
                .append(allTyped).append(") |\n");
        String result = table + "\nMissed curated facts:\n\n" + String.join("\n", missed.stream().map(m -> "- " + m).toList()) + "\n";
        Files.writeString(ROOT.resolve("../candidates-measurement.md"), result);
        System.out.println(result);
        assertThat((double) allFound / allCurated).as("recall").isGreaterThanOrEqualTo(0.7);
    }

    /** The report's mentions and candidates, to read what was found and proposed: target/measure/<report>.md. */
    private static void details(ApiClient api, Report report, String document, List<JsonNode> candidates) throws IOException {
        StringBuilder out = new StringBuilder("# " + report.file() + "\n\n## Mentions\n\n");
        for (JsonNode m : api.get("/api/documents/" + document + "/mentions", "limit", "1000").json()) {
            JsonNode entity = m.get("entity");
            out.append("- s").append(m.get("sentence").asInt()).append(" `").append(m.get("text").asString()).append("` → ")
                    .append(entity == null || entity.isNull() ? "new " + m.get("proposedKind").asString(null) : entity.get("id").asString())
                    .append('\n');
        }
        out.append("\n## Candidates\n\n");
        for (JsonNode c : candidates) {
            out.append("- s").append(c.get("sentence").asInt()).append(' ').append(c.get("start").get("id").asString(c.get("start").get("name").asString())).append(' ')
                    .append(c.get("type").asString("?")).append(' ')
                    .append(c.get("end").get("id").asString(c.get("end").get("name").asString())).append(" (")
                    .append(c.get("confidence").asDouble()).append("): ").append(c.get("why").asString()).append('\n');
        }
        Files.writeString(ROOT.resolve(report.file() + ".md"), out.toString());
    }

    private static String pair(String a, String b) {
        String x = String.valueOf(a);
        String y = String.valueOf(b);
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    private static String percent(int part, int whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
