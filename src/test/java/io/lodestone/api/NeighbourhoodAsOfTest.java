package io.lodestone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.lodestone.ApiClient;
import io.lodestone.LodestoneTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The neighbourhood as of a day holds only the facts of that day and the entities they link. */
@LodestoneTest
class NeighbourhoodAsOfTest {

    private static final String STATEMENT = "/api/entities/agreement:eu-vn-joint-statement-2026/neighbourhood";

    @LocalServerPort
    int port;

    @Test
    void theJointStatementIsSignedOnlyFromThe29th() {
        ApiClient api = new ApiClient(port);

        JsonNode before = api.get(STATEMENT, "asOf", "2026-01-28").json();
        JsonNode after = api.get(STATEMENT, "asOf", "2026-01-29").json();

        assertThat(values(before.get("relationships"), "type")).doesNotContain("SIGNED", "PARTY_TO");
        assertThat(values(before.get("nodes"), "id")).contains("status:draft").doesNotContain("status:signed", "person:antonio-costa");
        assertThat(values(after.get("relationships"), "type")).contains("SIGNED", "PARTY_TO");
        assertThat(values(after.get("nodes"), "id")).contains("status:signed", "person:antonio-costa");
    }

    @Test
    void aMalformedAsOfNamesTheParameter() {
        ApiClient.Response response = new ApiClient(port).get(STATEMENT, "asOf", "29.01.2026");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("parameter").asString()).isEqualTo("asOf");
    }

    private static List<String> values(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(element -> values.add(element.get(field).asString()));
        return values;
    }
}
