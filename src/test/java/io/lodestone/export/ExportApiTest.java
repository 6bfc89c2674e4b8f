package io.lodestone.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import io.lodestone.ApiTest;
import io.lodestone.ApiClient.Response;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;

/** GET /api/export in each format, of the whole graph, a neighbourhood and paths. */
class ExportApiTest extends ApiTest {

    @Test
    void jsonHoldsTheWholeGraphWithProvenance() {
        Response response = api.get("/api/export", "format", "json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("lodestone-graph.json");
        JsonNode graph = response.json();
        assertThat(graph.get("nodes").size()).isGreaterThan(250);
        assertThat(graph.get("relationships").size()).isGreaterThan(550);
        JsonNode gallium = find(graph.get("relationships"), "fact:eu-imports-from-cn-l109");
        assertThat(gallium.get("startId").asString()).isEqualTo("bloc:EU");
        assertThat(gallium.get("properties").get("share").asDouble()).isEqualTo(0.71);
        assertThat(gallium.get("properties").get("confidence").asString()).isEqualTo("high");
        assertThat(gallium.get("sources").get(0).get("title").asString()).isNotBlank();
        assertThat(gallium.get("properties").get("evidence").asString()).contains("gallium");
    }

    @Test
    void csvIsAZipOfANodeTableAndAnEdgeTableWithProvenanceColumns() throws Exception {
        byte[] zip = bytes("/api/export?format=csv");
        Map<String, List<CSVRecord>> tables = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                tables.put(entry.getName(), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(new InputStreamReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))
                        .getRecords());
            }
        }

        assertThat(tables).containsOnlyKeys("nodes.csv", "edges.csv");
        CSVRecord vietnam = tables.get("nodes.csv").stream().filter(r -> r.get("Id").equals("country:VN")).findFirst().orElseThrow();
        assertThat(vietnam.get("Label")).isEqualTo("Vietnam");
        assertThat(vietnam.get("type")).isEqualTo("Country");
        CSVRecord gallium = tables.get("edges.csv").stream().filter(r -> r.get("Id").equals("fact:eu-imports-from-cn-l109"))
                .findFirst().orElseThrow();
        assertThat(gallium.get("Source")).isEqualTo("bloc:EU");
        assertThat(gallium.get("Target")).isEqualTo("country:CN");
        assertThat(gallium.get("Label")).isEqualTo("IMPORTS_FROM");
        assertThat(gallium.get("sourceName")).isEqualTo("European Union");
        assertThat(gallium.get("targetName")).isEqualTo("China");
        assertThat(Double.parseDouble(gallium.get("share"))).isEqualTo(0.71);
        assertThat(gallium.get("sources")).isEqualTo("source:plataforma-eca-china-reliance-2026");
        assertThat(gallium.get("confidence")).isEqualTo("high");
        assertThat(gallium.get("evidence")).contains("gallium");
        assertThat(gallium.get("sourceTitles")).isNotBlank();
        assertThat(gallium.get("sourceLinks")).startsWith("http");
        assertThat(tables.get("edges.csv").size()).isGreaterThan(550);
    }

    @Test
    void graphMlDeclaresEveryAttributeAndHoldsThePathsBetweenTwoEntities() throws Exception {
        byte[] xml = bytes("/api/export?format=graphml&from=bloc:EU&to=firm:huawei");
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml));

        Set<String> keys = new HashSet<>();
        NodeList keyElements = document.getElementsByTagName("key");
        for (int i = 0; i < keyElements.getLength(); i++) {
            keys.add(((Element) keyElements.item(i)).getAttribute("id"));
        }
        NodeList data = document.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            assertThat(keys).contains(((Element) data.item(i)).getAttribute("key"));
        }
        Set<String> nodes = new HashSet<>();
        NodeList nodeElements = document.getElementsByTagName("node");
        for (int i = 0; i < nodeElements.getLength(); i++) {
            nodes.add(((Element) nodeElements.item(i)).getAttribute("id"));
        }
        assertThat(nodes).contains("bloc:EU", "firm:huawei", "country:CN", "country:VN");
        NodeList edges = document.getElementsByTagName("edge");
        assertThat(edges.getLength()).isPositive();
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertThat(nodes).contains(edge.getAttribute("source"), edge.getAttribute("target"));
            assertThat(edge.getElementsByTagName("data").getLength()).isGreaterThan(3);
        }
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("attr.name=\"evidence\"", "attr.name=\"share\" attr.type=\"double\"");
    }

    @Test
    void aNeighbourhoodExportHoldsTheEntitiesAtBothEndsOfEveryFact() {
        JsonNode graph = api.get("/api/export", "center", "firm:asml", "depth", "1").json();

        assertThat(graph.get("scope").asString()).isEqualTo("neighbourhood of firm:asml");
        Set<String> ids = new HashSet<>();
        graph.get("nodes").forEach(node -> ids.add(node.get("id").asString()));
        assertThat(ids).contains("firm:asml", "country:NL");
        assertThat(graph.get("relationships").size()).isPositive();
        graph.get("relationships").forEach(r -> assertThat(ids).contains(r.get("startId").asString(), r.get("endId").asString()));
    }

    @Test
    void anUnknownFormatIsABadRequestNamingTheParameter() {
        Response response = api.get("/api/export", "format", "xlsx");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("parameter").asString()).isEqualTo("format");
        assertThat(response.json().get("detail").asString()).contains("csv", "graphml", "json");
    }

    @Test
    void aNeighbourhoodAndPathsAtOnceAreABadRequest() {
        Response response = api.get("/api/export", "center", "firm:asml", "from", "bloc:EU", "to", "firm:huawei");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("parameter").asString()).isEqualTo("center");
    }

    @Test
    void anUnknownCenterIsNotFound() {
        Response response = api.get("/api/export", "format", "csv", "center", "firm:nobody");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private byte[] bytes(String pathAndQuery) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(api.base() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode find(JsonNode facts, String id) {
        for (JsonNode fact : facts) {
            if (fact.get("id").asString().equals(id)) {
                return fact;
            }
        }
        throw new AssertionError("No fact " + id);
    }
}
