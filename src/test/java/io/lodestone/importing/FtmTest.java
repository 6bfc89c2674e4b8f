package io.lodestone.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.lodestone.ApiClient;
import io.lodestone.ApiClient.Response;
import io.lodestone.GraphState;
import io.lodestone.LodestoneTest;
import io.lodestone.ftm.FtmFacts;
import io.lodestone.ftm.FtmModel;
import io.lodestone.graph.CypherFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tech.followthemoney.entity.ValueEntity;

/**
 * FollowTheMoney out and in: the export of the seed graph is valid FtM (checked with the FtM
 * library's schema), imports back into an empty set of import files as the same entities, sources
 * and facts, and an import of someone else's file adds its new entities while reporting (never
 * merging) those that match the graph.
 */
@LodestoneTest
class FtmTest {

    private static final Path IMPORT = Path.of("import");
    private static final Path WATCHLIST = Path.of("src/test/resources/ftm/watchlist.ftm.json");

    @LocalServerPort
    int port;

    @Autowired
    FtmModel ftm;

    @Autowired
    FtmImporter importer;

    @Autowired
    Driver driver;

    @Autowired
    CypherFiles cypher;

    @Test
    void theExportOfTheSeedGraphIsValidFtm() throws Exception {
        List<ValueEntity> entities = export("/api/export?format=ftm");

        assertThat(ftm.validate(entities)).isEmpty();
        Map<String, ValueEntity> byId = new HashMap<>();
        entities.forEach(entity -> byId.put(entity.getId(), entity));
        assertThat(byId.get("lodestone-firm-asml").getSchema().getName()).isEqualTo("Company");
        assertThat(byId.get("lodestone-bloc-EU").getSchema().getName()).isEqualTo("Organization");
        ValueEntity vietnam = byId.get("lodestone-country-VN");
        assertThat(vietnam.getSchema().getName()).isEqualTo("PublicBody");
        assertThat(FtmFacts.first(vietnam, "country")).hasValue("vn");
        ValueEntity imports = byId.get("lodestone-fact-eu-imports-from-cn-l109");
        assertThat(imports.getSchema().getName()).isEqualTo("UnknownLink");
        assertThat(FtmFacts.first(imports, "role")).hasValue("imports from");
        assertThat(FtmFacts.first(imports, "subject")).hasValue("lodestone-bloc-EU");
        assertThat(FtmFacts.first(imports, "summary").orElseThrow()).contains("share: 0.71", "resource: mineral:gallium");
        assertThat(FtmFacts.first(imports, "publisher")).isPresent();
        Set<String> schemata = new TreeSet<>();
        entities.forEach(entity -> schemata.add(entity.getSchema().getName()));
        assertThat(schemata).contains("Document", "Documentation", "UnknownLink", "Person", "PublicBody", "Contract");
        assertThat(schemata).containsAnyOf("Ownership", "Directorship", "Membership", "ContractAward");

        List<ValueEntity> neighbourhood = export("/api/export?format=ftm&center=firm:asml");
        assertThat(ftm.validate(neighbourhood)).isEmpty();
        assertThat(neighbourhood).extracting(ValueEntity::getId).contains("lodestone-firm-asml").hasSizeLessThan(entities.size());
        assertThat(ftm.validate(export("/api/export?format=ftm&from=bloc:EU&to=firm:huawei"))).isEmpty();
    }

    @Test
    void theExportImportsIntoEmptyFilesAsTheSameGraph(@TempDir Path fresh) throws Exception {
        for (String file : csvFiles()) {
            String header = Files.readAllLines(IMPORT.resolve(file)).get(0);
            Files.writeString(fresh.resolve(file), file.equals("relationship-types.csv")
                    ? Files.readString(IMPORT.resolve(file)) : header + "\n");
        }
        List<ValueEntity> entities = export("/api/export?format=ftm");
        FtmImporter.FileSource file = new FtmImporter.FileSource("seed.ftm.json", "source:ftm-seed", "seed", "Lodestone", "2026-01-30", null);

        FtmImporter.Plan plan = importer.plan(entities, file, fresh);
        assertThat(plan.matches()).isEmpty();
        assertThat(plan.held()).isEmpty();
        assertThat(plan.skipped()).isEmpty();
        FtmImporter.write(plan, fresh);

        ValidatedImport validated = ImportValidator.validate(fresh);
        ValidatedImport seed = ImportValidator.validate(IMPORT);
        assertThat(validated.entityIds()).isEqualTo(seed.entityIds());
        assertThat(validated.factIds()).isEqualTo(seed.factIds());
        assertThat(validated.sourceIds()).isEqualTo(seed.sourceIds());
        for (String name : csvFiles()) {
            if (!name.equals("relationship-types.csv")) {
                assertThat(rows(fresh.resolve(name))).as(name).isEqualTo(rows(IMPORT.resolve(name)));
            }
        }
    }

    @Test
    void aForeignFileAddsItsNewEntitiesAndReportsTheMatchingOnes() throws Exception {
        Map<String, Object> before = GraphState.of(driver, cypher);
        Map<String, String> files = snapshot();
        ApiClient api = new ApiClient(port);

        Response dryRun = post("/api/admin/import/ftm?file=watchlist.ftm.json&publisher=Example%20watchdog&dryRun=true",
                Files.readAllBytes(WATCHLIST), LodestoneTest.ADMIN_TOKEN);
        assertThat(dryRun.status()).as(dryRun.text()).isEqualTo(200);
        assertThat(dryRun.json().get("entitiesAdded").asInt()).isEqualTo(3);
        assertThat(dryRun.json().get("factsAdded").asInt()).isEqualTo(2);
        assertThat(dryRun.json().get("graph").isNull()).isTrue();
        assertThat(dryRun.text()).contains("\"existingId\":\"firm:asml\"", "\"matchedOn\":\"name 'ASML Holding'\"",
                "\"existingId\":\"country:VN\"", "\"matchedOn\":\"id\"", "\"ftmId\":\"ex-own-asml\"", "\"schema\":\"Sanction\"");
        assertThat(GraphState.of(driver, cypher)).isEqualTo(before);
        assertThat(snapshot()).isEqualTo(files);

        try {
            Response imported = post("/api/admin/import/ftm?file=watchlist.ftm.json&publisher=Example%20watchdog&date=2026-01-30",
                    Files.readAllBytes(WATCHLIST), LodestoneTest.ADMIN_TOKEN);
            assertThat(imported.status()).as(imported.text()).isEqualTo(200);
            assertThat(imported.json().get("graph").get("nodesCreated").asInt()).isEqualTo(4); // 3 entities and the file's source
            assertThat(api.get("/api/entities/firm:ex-company-trading").text()).contains("Roe Rare Metals Trading LLC", "Roe Metals",
                    "\"type\":\"OWNS\"", "\"type\":\"LEADS\"", "Example watchdog");
            Response asml = api.get("/api/entities/firm:asml");
            assertThat(asml.text()).doesNotContain("ASML Holding N.V.", "Roe");
            assertThat(api.get("/api/entities/country:VN").json().get("name").asString()).isEqualTo("Vietnam");
        } finally {
            restore(files);
            assertThat(post("/api/admin/import", new byte[0], LodestoneTest.ADMIN_TOKEN).status()).isEqualTo(200);
        }
        assertThat(GraphState.of(driver, cypher)).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotFtmIsRejectedLineByLineAndChangesNothing() throws Exception {
        Map<String, String> files = snapshot();
        String body = """
                {"id":"ok-1","schema":"Person","properties":{"name":["Jane Roe"]}}
                {"id":"bad-2","schema":"Spaceship","properties":{"name":["X"]}}
                {"id":"bad-3","schema":"Person","properties":{"name":["Y"],"nationality":["Narnia"]}}
                not json
                {"id":"bad-5","schema":"Ownership","properties":{"owner":["ok-1"],"asset":["nobody"]}}
                """;
        Response response = post("/api/admin/import/ftm", body.getBytes(StandardCharsets.UTF_8), LodestoneTest.ADMIN_TOKEN);
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.text()).contains("Spaceship", "Narnia", "not JSON", "nobody");
        assertThat(snapshot()).isEqualTo(files);

        assertThat(post("/api/admin/import/ftm", body.getBytes(StandardCharsets.UTF_8), null).status()).isIn(401, 403);
    }

    private List<ValueEntity> export(String path) throws Exception {
        Response response = new ApiClient(port).get(path);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/x-ndjson");
        return importer.read(new ByteArrayInputStream(response.text().getBytes(StandardCharsets.UTF_8)), path);
    }

    private Response post(String path, byte[] body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new ApiClient(port).send(request.build());
    }

    private static List<String> csvFiles() throws IOException {
        try (var files = Files.list(IMPORT)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    private static Map<String, String> snapshot() throws IOException {
        Map<String, String> files = new HashMap<>();
        for (String name : csvFiles()) {
            files.put(name, Files.readString(IMPORT.resolve(name)));
        }
        return files;
    }

    private static void restore(Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(IMPORT.resolve(file.getKey()), file.getValue());
        }
    }

    /** The rows of a file by id, each column's value normalised (numbers by value, lists as sets). */
    private static Map<String, Map<String, Object>> rows(Path file) throws IOException {
        Map<String, Map<String, Object>> rows = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(file);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                Map<String, Object> row = new HashMap<>();
                record.toMap().forEach((column, value) -> row.put(column, normalise(column, value)));
                rows.put(record.get("id"), row);
            }
        }
        return rows;
    }

    private static Object normalise(String column, String value) {
        if (value.matches("-?\\d+(\\.\\d+)?")) {
            return Double.parseDouble(value);
        }
        if (column.equals("aliases") || column.equals("sources") || column.equals("origin")) {
            return new TreeSet<>(new ArrayList<>(List.of(value.split(";"))));
        }
        return value;
    }
}
