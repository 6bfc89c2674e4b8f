package io.lodestone.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.lodestone.ApiClient.Response;
import io.lodestone.ApiTest;
import io.lodestone.LodestoneTest;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST, GET and search of documents over HTTP, against the real graph and the real files. */
class DocumentsApiTest extends ApiTest {

    private static final Path DIRECTORY = Path.of("target/test-documents");
    private static final String EDITOR = "Bearer " + LodestoneTest.EDITOR_TOKEN;

    @Autowired
    private DocumentReconciler reconciler;

    private Response post(String authorization, String contentType, byte[] body, String... parameters) {
        StringBuilder query = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            query.append(query.isEmpty() ? "?" : "&").append(parameters[i]).append('=')
                    .append(URLEncoder.encode(parameters[i + 1], StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.base() + "/api/documents" + query))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return api.send(request.build());
    }

    /** A test document with a line of its own, so that each run ingests it anew. */
    private static byte[] unique(String resource) throws IOException {
        String text = new String(resource(resource), StandardCharsets.UTF_8);
        String line = "Reference " + UUID.randomUUID() + ".";
        return (resource.endsWith(".html") ? text.replace("</article>", "<p>" + line + "</p></article>") : text + "\n\n" + line)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String resource) throws IOException {
        return Objects.requireNonNull(DocumentsApiTest.class.getResourceAsStream("/documents/" + resource)).readAllBytes();
    }

    private static List<String> files() throws IOException {
        if (!Files.isDirectory(DIRECTORY)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> !f.equals("audit.jsonl")).sorted().toList();
        }
    }

    @Test
    void aTextDocumentIsStoredAsFilesAndInTheGraphWithItsMentions() throws IOException {
        Response created = post(EDITOR, "text/plain; charset=utf-8", unique("tungsten-deal.txt"),
                "title", "Hanoi signs tungsten supply pact", "publisher", "The Mekong Ledger", "date", "2026-02-03",
                "url", "https://example.org/news/tungsten-pact", "author", "Test Writer");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).matches("document:[0-9a-f]{16}");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/documents/" + id);
        assertThat(DIRECTORY.resolve(id.substring(9) + ".txt")).exists();
        assertThat(DIRECTORY.resolve(id.substring(9) + ".json")).exists();

        Response document = api.get("/api/documents/" + id);
        assertThat(document.status()).isEqualTo(200);
        String text = document.json().get("text").asString();
        assertThat(text).isEqualTo(Files.readString(DIRECTORY.resolve(id.substring(9) + ".txt")));
        assertThat(document.json().get("title").asString()).isEqualTo("Hanoi signs tungsten supply pact");
        assertThat(document.json().get("date").asString()).isEqualTo("2026-02-03");
        // the candidate facts proposed for it (two or more mentions in a sentence) are counted with it
        long candidates = api.get("/api/candidates?document=" + id).json().get("total").asLong();
        assertThat(candidates).isPositive();
        assertThat(document.json().get("candidates").asLong()).isEqualTo(candidates);
        assertThat(document.json().get("mentions").asLong()).isGreaterThan(30);

        Response mentions = api.get("/api/documents/" + id + "/mentions");
        assertThat(mentions.status()).isEqualTo(200);
        assertThat(mentions.json().size()).isEqualTo(document.json().get("mentions").asInt());
        JsonNode company = find(mentions.json(), "Vietnam Rare Earth Company");
        assertThat(company.get("entity").get("id").asString()).isEqualTo("firm:vietnam-rare-earth-jsc");
        assertThat(company.get("entity").get("type").asString()).isEqualTo("Firm");
        assertThat(company.get("start").asInt()).isEqualTo(text.indexOf("Vietnam Rare Earth Company"));
        assertThat(company.get("end").asInt()).isEqualTo(text.indexOf("Vietnam Rare Earth Company") + 26);
        JsonNode person = find(mentions.json(), "Nguyen Thi Lan");
        assertThat(person.get("entity").isNull()).isTrue();
        assertThat(person.get("proposedKind").asString()).isEqualTo("person");
        for (JsonNode mention : mentions.json()) {
            assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt()))
                    .isEqualTo(mention.get("text").asString());
        }
    }

    private static JsonNode find(JsonNode mentions, String text) {
        for (JsonNode mention : mentions) {
            if (mention.get("text").asString().equals(text)) {
                return mention;
            }
        }
        throw new AssertionError("no mention '" + text + "' in " + mentions);
    }

    @Test
    void theSameContentAgainAnswers200WithTheDocumentAlreadyHeld() throws IOException {
        byte[] body = unique("tungsten-deal.txt");
        Response first = post(EDITOR, "text/plain", body, "title", "First title");
        List<String> files = files();
        Map<String, Object> graph = graphState();

        Response again = post(EDITOR, "text/plain", body, "title", "Another title");
        // only line endings and spaces differ: the same text once normalised
        Response crlf = post(EDITOR, "text/plain", new String(body, StandardCharsets.UTF_8).replace("\n", "  \r\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(first.status()).isEqualTo(201);
        for (Response response : List.of(again, crlf)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
            assertThat(response.json().get("title").asString()).isEqualTo("First title");
        }
        assertThat(files()).isEqualTo(files);
        assertThat(graphState()).isEqualTo(graph);
    }

    @Test
    void anHtmlPageIsReadWithoutItsFurnitureAndTakesItsTitle() throws IOException {
        Response created = post(EDITOR, "text/html; charset=utf-8", unique("chips-page.html"), "date", "2026-01");

        assertThat(created.status()).isEqualTo(201);
        JsonNode document = api.get("/api/documents/" + created.json().get("id").asString()).json();
        assertThat(document.get("title").asString()).isEqualTo("Viettel and ASML suppliers eye Hanoi chip plant");
        assertThat(document.get("language").asString()).isEqualTo("en");
        assertThat(document.get("text").asString()).doesNotContain("Huawei", "ZTE", "tracking", "Mekong Ledger");
        JsonNode mentions = api.get("/api/documents/" + created.json().get("id").asString() + "/mentions").json();
        assertThat(find(mentions, "Viettel Group").get("entity").get("id").asString()).isEqualTo("firm:viettel");
    }

    @Test
    void aPdfIsReadThroughItsTextLayer() throws IOException {
        byte[] pdf = pdf("Nokia and Viettel test 5G network in Hanoi",
                "Nokia's equipment was used in the trial run by Viettel Group in Hanoi, the company said.",
                "Reference " + UUID.randomUUID() + ".");

        Response created = post(EDITOR, "application/pdf", pdf, "publisher", "Test wire");

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(api.get("/api/documents/" + id).json().get("text").asString())
                .contains("Nokia's equipment was used in the trial run by Viettel Group in Hanoi, the company said.");
        JsonNode mentions = api.get("/api/documents/" + id + "/mentions").json();
        assertThat(find(mentions, "Viettel Group").get("entity").get("id").asString()).isEqualTo("firm:viettel");
        List<String> nokia = new ArrayList<>();
        mentions.forEach(m -> {
            if (m.get("text").asString().equals("Nokia")) {
                nokia.add(m.get("entity").get("id").asString());
            }
        });
        assertThat(nokia).containsOnly("firm:nokia").hasSize(2);
    }

    static byte[] pdf(String... paragraphs) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                content.setLeading(16);
                content.newLineAtOffset(50, 720);
                for (String paragraph : paragraphs) {
                    content.showText(paragraph);
                    content.newLine();
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void badDocumentsAreRefusedWithAProblemAndNothingIsStored() throws IOException {
        List<String> files = files();
        Map<String, Object> graph = graphState();
        byte[] text = unique("tungsten-deal.txt");
        byte[] latin1 = "Vi\u1ec7t Nam caf\u00e9".getBytes(StandardCharsets.UTF_8);
        latin1[latin1.length - 1] = (byte) 0xe9; // a lone Latin-1 é in UTF-8
        record Case(String contentType, byte[] body, int status, String type, String[] parameters) {
        }
        List<Case> cases = List.of(
                new Case("text/plain", new byte[0], 422, "empty-document", new String[0]),
                new Case("text/plain", " \n\t \n".getBytes(StandardCharsets.UTF_8), 422, "empty-document", new String[0]),
                new Case("text/html", "<html><body><nav>Menu</nav><script>x()</script></body></html>".getBytes(StandardCharsets.UTF_8),
                        422, "empty-document", new String[0]),
                new Case("text/plain", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, 422, "binary-document", new String[0]),
                new Case("text/plain", latin1, 422, "wrongly-encoded", new String[0]),
                new Case("application/pdf", "%PDF-1.7 this is not a pdf".getBytes(StandardCharsets.UTF_8), 422,
                        "unparseable-pdf", new String[0]),
                new Case("image/png", text, 415, "unsupported-media-type", new String[0]),
                new Case(null, text, 415, "unsupported-media-type", new String[0]),
                new Case("text/plain", new byte[1024 * 1024 + 1], 413, "request-too-large", new String[0]),
                new Case("text/plain", text, 400, "invalid-parameter", new String[] {"date", "2026-02-30"}),
                new Case("text/plain", text, 400, "invalid-parameter", new String[] {"date", "3 February 2026"}),
                new Case("text/plain", text, 400, "invalid-parameter", new String[] {"url", "javascript:alert(1)"}),
                new Case("text/plain", text, 400, "invalid-parameter", new String[] {"language", "English please"}));
        for (Case c : cases) {
            Response response = post(EDITOR, c.contentType(), c.body(), c.parameters());

            String what = c.type() + " " + String.join("=", c.parameters());
            assertThat(response.status()).as(what).isEqualTo(c.status());
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).as(what).isEqualTo("urn:lodestone:problem:" + c.type());
            assertThat(response.json().get("detail").asString()).as(what).isNotBlank();
        }
        assertThat(files()).isEqualTo(files);
        assertThat(graphState()).isEqualTo(graph);
    }

    @Test
    void anonymousAndWrongTokensAre401AndTheAdminTokenIsAnEditor() throws IOException {
        List<String> files = files();
        Map<String, Object> graph = graphState();
        byte[] body = unique("tungsten-deal.txt");
        for (String authorization : new String[] {null, "Bearer wrong", "Bearer ", LodestoneTest.EDITOR_TOKEN,
                "Basic " + LodestoneTest.EDITOR_TOKEN}) {
            Response response = post(authorization, "text/plain", body);

            assertThat(response.status()).as(String.valueOf(authorization)).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("title").asString()).isEqualTo("Editor token required");
        }
        assertThat(files()).isEqualTo(files);
        assertThat(graphState()).isEqualTo(graph);

        assertThat(post("Bearer " + LodestoneTest.ADMIN_TOKEN, "text/plain", body).status()).isEqualTo(201);
    }

    @Test
    void everyIngestIsAppendedToTheAuditLogWithWhoAndWhat() throws IOException {
        Response created = post(EDITOR, "text/plain", unique("tungsten-deal.txt"), "title", "Audited");
        String id = created.json().get("id").asString();

        List<String> lines = Files.readAllLines(DIRECTORY.resolve("audit.jsonl"));
        JsonNode last = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        assertThat(last.get("who").asString()).isEqualTo(LodestoneTest.EDITOR);
        assertThat(last.get("action").asString()).isEqualTo("ingest");
        assertThat(last.get("target").asString()).isEqualTo(id);
        assertThat(last.get("before").isNull()).isTrue();
        assertThat(last.get("after").get("title").asString()).isEqualTo("Audited");
        assertThat(last.get("at").asString()).isNotBlank();
    }

    @Test
    void documentsAreListedNewestFirstAndSearchedWithoutCaseOrAccents() throws IOException {
        String marker = "Quokkatron" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        String older = post(EDITOR, "text/plain", ("Vietnam and Nokia. " + marker + " trial in Đà Nẵng.")
                .getBytes(StandardCharsets.UTF_8)).json().get("id").asString();
        String newer = post(EDITOR, "text/plain", ("Nokia and Viettel. Second " + marker + " note.")
                .getBytes(StandardCharsets.UTF_8)).json().get("id").asString();

        JsonNode page = api.get("/api/documents", "limit", "2").json();
        assertThat(page.get("documents").get(0).get("id").asString()).isEqualTo(newer);
        assertThat(page.get("documents").get(1).get("id").asString()).isEqualTo(older);
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(api.get("/api/documents", "limit", "1", "offset", "1").json().get("documents").get(0).get("id")
                .asString()).isEqualTo(older);

        JsonNode hits = api.get("/api/documents", "q", "DA NANG " + marker.toUpperCase()).json().get("documents");
        assertThat(hits).hasSize(1);
        JsonNode hit = hits.get(0);
        assertThat(hit.get("id").asString()).isEqualTo(older);
        String snippet = hit.get("snippet").asString();
        List<String> highlighted = new ArrayList<>();
        hit.get("highlights").forEach(h -> highlighted.add(snippet.substring(h.get("start").asInt(), h.get("end").asInt())));
        assertThat(highlighted).containsExactly(marker, "Đà", "Nẵng");
        assertThat(hit.get("snippetHtml").asString()).contains("<mark>" + marker + "</mark>");
        assertThat(api.get("/api/documents", "q", marker.toLowerCase()).json().get("documents")).hasSize(2);
    }

    @Test
    void unknownIdsAndBadParametersAreProblems() {
        for (String path : List.of("/api/documents/document:0000000000000000", "/api/documents/nonsense",
                "/api/documents/document:0000000000000000/mentions")) {
            Response response = api.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/documents", "limit", "0").status()).isEqualTo(400);
        assertThat(api.get("/api/documents", "q", " ").status()).isEqualTo(400);
        assertThat(api.get("/api/documents", "q", "\"unbalanced AND (").status()).isEqualTo(200);
    }

    @Test
    void theGraphIsReconciledFromTheFiles() throws IOException {
        String id = post(EDITOR, "text/plain", unique("tungsten-deal.txt")).json().get("id").asString();
        long mentions = api.get("/api/documents/" + id).json().get("mentions").asLong();
        try (var session = driver.session()) {
            session.run("MATCH (d:Document {id: $id}) DETACH DELETE d", Map.of("id", id)).consume();
        }
        Files.writeString(DIRECTORY.resolve("0123456789abcdef.txt"), "a text whose metadata was never written");
        Files.writeString(DIRECTORY.resolve(".0123456789abcdef.json.12345.tmp"), "{\"half\": ");
        assertThat(api.get("/api/documents/" + id).status()).isEqualTo(404);

        reconciler.afterSingletonsInstantiated();

        assertThat(api.get("/api/documents/" + id).json().get("mentions").asLong()).isEqualTo(mentions);
        assertThat(DIRECTORY.resolve("0123456789abcdef.txt")).doesNotExist();
        assertThat(files()).noneMatch(f -> f.endsWith(".tmp"));
        assertThat(files().stream().filter(f -> f.endsWith(".txt")).map(f -> f.replace(".txt", ""))
                .collect(Collectors.toSet()))
                .isEqualTo(files().stream().filter(f -> f.endsWith(".json")).map(f -> f.replace(".json", ""))
                        .collect(Collectors.toSet()));
    }
}
