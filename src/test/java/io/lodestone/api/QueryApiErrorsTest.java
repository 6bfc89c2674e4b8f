package io.lodestone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.lodestone.ApiTest;
import io.lodestone.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error is application/problem+json with a detail a person can act on, and nothing changes the graph. */
class QueryApiErrorsTest extends ApiTest {

    @ParameterizedTest(name = "{0}?{1}={2} -> {3} {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "/api/paths|maxHops|0|400|'maxHops' must be between 1 and 6, was 0.",
            "/api/paths|maxHops|7|400|'maxHops' must be between 1 and 6, was 7.",
            "/api/paths|maxHops|two|400|'maxHops' must be a whole number; was \"two\".",
            "/api/paths|limit|0|400|'limit' must be between 1 and 100, was 0.",
            "/api/paths|asOf|28/01/2026|400|'asOf' must be an ISO date YYYY-MM-DD, e.g. 2026-01-28; was \"28/01/2026\".",
            "/api/paths|mode|longest|400|'mode' must be one of shortest, all; was \"longest\".",
            "/api/paths|types|LIKES|400|'types' holds the unknown relationship type \"LIKES\"; allowed: ",
            "/api/entities/firm:asml/neighbourhood|depth|4|400|'depth' must be between 1 and 3, was 4.",
            "/api/entities/firm:asml/neighbourhood|limit|501|400|'limit' must be between 1 and 500, was 501.",
            "/api/entities|q|` `|400|'q' is required and must not be empty",
            "/api/entities|type|Planet|400|'type' must be one of ",
            "/api/entities/country:VN|asOf|yesterday|400|'asOf' must be an ISO date",
    })
    void badParametersAreNamedWithTheirAllowedRange(String path, String parameter, String value, int status, String detail) {
        List<String> query = new java.util.ArrayList<>(List.of(parameter, value));
        if (path.equals("/api/paths")) {
            query.addAll(List.of("from", "bloc:EU", "to", "firm:huawei"));
        }
        if (path.equals("/api/entities") && !parameter.equals("q")) {
            query.addAll(List.of("q", "vietnam"));
        }
        Response response = api.get(path, query.toArray(String[]::new));

        assertProblem(response, status, "invalid-parameter");
        assertThat(response.json().get("detail").asString()).startsWith(detail);
        assertThat(response.json().get("parameter").asString()).isEqualTo(parameter);
    }

    @Test
    void anUnknownIdIsNamedIn404() {
        Response entity = api.get("/api/entities/country:XX");
        Response paths = api.get("/api/paths", "from", "bloc:EU", "to", "firm:nobody");
        Response source = api.get("/api/sources/source:nowhere");

        assertProblem(entity, 404, "not-found");
        assertThat(entity.json().get("detail").asString()).contains("\"country:XX\"");
        assertProblem(paths, 404, "not-found");
        assertThat(paths.json().get("detail").asString()).contains("'to'").contains("\"firm:nobody\"");
        assertProblem(source, 404, "not-found");
        assertThat(api.get("/api/entities/nowhere:1/neighbourhood").status()).isEqualTo(404);
    }

    @Test
    void aPathFromAnEntityToItselfIsRefusedNamingBothEnds() {
        Response response = api.get("/api/paths", "from", "bloc:EU", "to", "bloc:EU");

        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.json().get("parameter").asString()).isEqualTo("to");
        assertThat(response.json().get("detail").asString()).contains("'from' and 'to' are the same entity (\"bloc:EU\")");
    }

    @Test
    void missingRequiredParametersAreNamed() {
        Response response = api.get("/api/paths", "from", "bloc:EU");

        assertProblem(response, 400, "invalid-parameter");
        assertThat(response.json().get("parameter").asString()).isEqualTo("to");
    }

    @Test
    void hostileInputChangesNothingAndNeverFailsWith5xx() {
        Map<String, Object> before = graphState();
        List<String> hostile = List.of(
                "'", "\"", "\\", "country:VN' OR 1=1 //", "\") DETACH DELETE n //",
                "x'}) MATCH (n) DETACH DELETE n //", "MATCH (n) DETACH DELETE n", "${jndi:ldap://x}",
                "*", "?", "~", "AND", "NOT", "(", "[", "{", "viet:nam", "q\u0000x", "Việt Nam 🇻🇳 中国 العربية",
                "country:VN\r\nX-Injected: 1", "%00", "x".repeat(10_240), "é".repeat(1_700));
        for (String value : hostile) {
            List<Response> responses = List.of(
                    api.get("/api/entities", "q", value),
                    api.get("/api/entities", "q", "vietnam", "type", value),
                    api.get("/api/entities/" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)),
                    api.get("/api/entities/country:VN", "asOf", value),
                    api.get("/api/entities/firm:asml/neighbourhood", "types", value),
                    api.get("/api/paths", "from", value, "to", "firm:huawei"),
                    api.get("/api/paths", "from", "bloc:EU", "to", value),
                    api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei", "types", value),
                    api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei", "mode", value),
                    api.get("/api/sources/" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
            for (Response response : responses) {
                assertThat(response.status()).as("status for %s", value.length() > 50 ? value.substring(0, 50) : value)
                        .isLessThan(500);
                if (response.status() >= 400) {
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.text()).doesNotContain("Exception").doesNotContain("\tat ");
                    assertThat(response.text().length()).isLessThan(4_000);
                }
            }
        }
        assertThat(graphState()).isEqualTo(before);
    }

    static void assertProblem(Response response, int status, String type) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:lodestone:problem:" + type);
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }
}
