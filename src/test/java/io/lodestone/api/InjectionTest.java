package io.lodestone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lodestone.ApiTest;
import io.lodestone.ApiClient.Response;
import io.lodestone.GraphState;
import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.Test;

/**
 * Every injection string in every parameter of every endpoint, each in turn while the others stay
 * valid: nothing changes in the graph, nothing fails with 5xx, and every answer is well-formed JSON
 * whose fields the input could not rewrite.
 */
class InjectionTest extends ApiTest {

    /** Each endpoint with valid values for all its parameters; {id} is the path parameter. */
    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("/api/entities", Map.of("q", "vietnam", "type", "Country", "limit", "5")),
            new Endpoint("/api/entities/{id}", Map.of("id", "country:VN", "asOf", "2026-01-28")),
            new Endpoint("/api/entities/{id}/neighbourhood",
                    Map.of("id", "firm:asml", "depth", "2", "types", "HEADQUARTERED_IN", "limit", "50")),
            new Endpoint("/api/paths", Map.of("from", "bloc:EU", "to", "firm:huawei", "maxHops", "3",
                    "types", "IMPORTS_FROM,AWARDED_CONTRACT_TO", "mode", "shortest", "limit", "5", "asOf", "2026-02-01")),
            new Endpoint("/api/sources", Map.of("offset", "0", "limit", "5")),
            new Endpoint("/api/sources/{id}", Map.of("id", "source:commodities-2026-01-28")));

    @Test
    void injectionsInEveryQueryParameterChangeNothing() {
        Map<String, Object> before = GraphState.of(driver, cypher);
        int requests = 0;
        for (Endpoint endpoint : ENDPOINTS) {
            for (String parameter : endpoint.valid().keySet()) {
                for (String value : HostileInput.INJECTIONS) {
                    Map<String, String> parameters = new LinkedHashMap<>(endpoint.valid());
                    parameters.put(parameter, value);
                    Response response = api.send(HttpRequest.newBuilder(endpoint.uri(api.base(), parameters)).GET().build());
                    assertWellFormed(response, endpoint.path() + " " + parameter + "=" + shorten(value), parameter);
                    requests++;
                }
            }
        }
        assertThat(requests).isGreaterThan(1000);
        assertThat(GraphState.of(driver, cypher)).isEqualTo(before);
    }

    @Test
    void injectionsInTheAdminEndpointsHeadersParametersAndBodyChangeNothing() {
        Map<String, Object> before = GraphState.of(driver, cypher);
        for (String value : HostileInput.INJECTIONS) {
            String header = headerSafe(value);
            for (String authorization : List.of(header, "Bearer " + header, "Bearer " + LodestoneTest.ADMIN_TOKEN + header)) {
                if (authorization.strip().equals("Bearer " + LodestoneTest.ADMIN_TOKEN)) {
                    continue;
                }
                Response response = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/admin/import?directory="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8)))
                        .header("Authorization", authorization)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"directory\":\"" + value.replace("\"", "\\\"") + "\"}"))
                        .build());
                assertThat(response.status()).as("Authorization: %s -> %s", shorten(authorization), response.text())
                        .isEqualTo(401);
                assertWellFormed(response, "Authorization: " + shorten(authorization), null);
            }
        }
        assertThat(GraphState.of(driver, cypher)).isEqualTo(before);
    }

    @Test
    void withTheRightTokenAHostileBodyOrQueryIsIgnoredAndTheImportReadsOnlyItsConfiguredFiles() {
        Map<String, Object> before = GraphState.of(driver, cypher);

        Response response = api.send(HttpRequest.newBuilder(URI.create(api.base()
                        + "/api/admin/import?directory=..%2F..%2Fetc&file=x'%20DETACH%20DELETE%20n"))
                .header("Authorization", "Bearer " + LodestoneTest.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"directory\":\"/etc\",\"cypher\":\"MATCH (n) DETACH DELETE n\"}"))
                .build());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("nodesDeleted").asInt()).isZero();
        assertThat(GraphState.of(driver, cypher)).isEqualTo(before);
    }

    static void assertWellFormed(Response response, String what, String parameter) {
        assertThat(response.status()).as("status of %s", what).isLessThan(500);
        assertThat(response.json()).as("JSON body of %s", what).isNotNull();
        if (response.status() >= 400) {
            assertThat(response.contentType()).as(what).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).as(what).isEqualTo(response.status());
            assertThat(response.json().get("detail").asString()).as(what).isNotBlank();
            assertThat(response.text()).as(what).doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(response.text().length()).as(what).isLessThan(4_000);
            if (parameter != null && response.json().has("parameter")) {
                assertThat(response.json().get("parameter").asString()).as(what).isEqualTo(parameter);
            }
        } else {
            assertThat(response.contentType()).as(what).startsWith("application/json");
        }
    }

    /** Java's HTTP client refuses control characters and non-Latin-1 in headers; keep the rest. */
    static String headerSafe(String value) {
        StringBuilder safe = new StringBuilder();
        value.codePoints().filter(c -> c >= 0x20 && c < 0x7F).forEach(safe::appendCodePoint);
        return safe.length() > 4_000 ? safe.substring(0, 4_000) : safe.toString();
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    record Endpoint(String path, Map<String, String> valid) {

        URI uri(String base, Map<String, String> parameters) {
            String path = this.path;
            List<String> query = new ArrayList<>();
            for (Map.Entry<String, String> parameter : parameters.entrySet()) {
                String encoded = URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8);
                if (parameter.getKey().equals("id")) {
                    // An id travels in the path, where '+' is a plus sign, not a space
                    path = path.replace("{id}", encoded.replace("+", "%20"));
                } else {
                    query.add(parameter.getKey() + "=" + encoded);
                }
            }
            return URI.create(base + path + (query.isEmpty() ? "" : "?" + String.join("&", query)));
        }
    }
}
