package io.lodestone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.lodestone.ApiTest;
import io.lodestone.ApiClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The query API over HTTP against the real graph. */
class QueryApiTest extends ApiTest {

    @Test
    void searchFindsVietnamWhateverTheSpellingAndCase() {
        for (String q : List.of("viet nam", "VIETNAM", "Việt Nam", "vietnam")) {
            Response response = api.get("/api/entities", "q", q);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().get(0).get("id").asString()).as("first hit for %s", q).isEqualTo("country:VN");
            assertThat(response.json().get(0).get("type").asString()).isEqualTo("Country");
        }
    }

    @Test
    void searchFindsTheEuropeanUnionForEu() {
        JsonNode first = api.get("/api/entities", "q", "EU").json().get(0);

        assertThat(first.get("id").asString()).isEqualTo("bloc:EU");
        assertThat(first.get("name").asString()).isEqualTo("European Union");
        assertThat(first.get("aliases").toString()).contains("\"EU\"");
    }

    @Test
    void searchCanBeLimitedToAType() {
        Response response = api.get("/api/entities", "q", "vietnam", "type", "Firm", "limit", "5");

        assertThat(response.json().size()).isBetween(1, 5);
        response.json().forEach(hit -> assertThat(hit.get("type").asString()).isEqualTo("Firm"));
    }

    @Test
    void anEntityShowsItsRelationshipsWithSources() {
        JsonNode vietnam = api.get("/api/entities/country:VN").json();

        assertThat(vietnam.get("name").asString()).isEqualTo("Vietnam");
        assertThat(vietnam.get("aliases").toString()).contains("Viet Nam");
        JsonNode produces = first(vietnam.get("relationships"), r -> r.get("type").asString().equals("PRODUCES")
                && r.get("other").get("id").asString().equals("mineral:tungsten"));
        assertThat(produces.get("direction").asString()).isEqualTo("outgoing");
        assertThat(produces.get("sources").get(0).get("title").asString()).isNotBlank();
        assertThat(produces.get("properties").get("evidence").asString()).isNotBlank();
        vietnam.get("relationships").forEach(r -> assertThat(r.get("sources").size()).isPositive());
    }

    @Test
    void theNeighbourhoodOfAsmlHoldsItsCountryAndSourcedFacts() {
        JsonNode subgraph = api.get("/api/entities/firm:asml/neighbourhood", "depth", "1").json();

        assertThat(ids(subgraph.get("nodes"))).contains("firm:asml", "country:NL", "country:VN");
        JsonNode headquarters = first(subgraph.get("relationships"), r -> r.get("type").asString().equals("HEADQUARTERED_IN"));
        assertThat(headquarters.get("startId").asString()).isEqualTo("firm:asml");
        assertThat(headquarters.get("endId").asString()).isEqualTo("country:NL");
        subgraph.get("relationships").forEach(r -> assertThat(r.get("sources").size()).isPositive());
    }

    @Test
    void theNeighbourhoodCanBeRestrictedToTypes() {
        JsonNode subgraph = api.get("/api/entities/firm:asml/neighbourhood", "depth", "2", "types", "HEADQUARTERED_IN").json();

        subgraph.get("relationships").forEach(r -> assertThat(r.get("type").asString()).isEqualTo("HEADQUARTERED_IN"));
        assertThat(ids(subgraph.get("nodes"))).contains("country:NL");
    }

    @Test
    void pathsFromTheEuToHuaweiRunThroughVietnamWithSourcesOnEveryHop() {
        JsonNode answer = api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei").json();

        assertThat(answer.get("from").get("name").asString()).isEqualTo("European Union");
        assertThat(answer.get("to").get("id").asString()).isEqualTo("firm:huawei");
        JsonNode throughVietnam = first(answer.get("paths"), p -> ids(p.get("nodes")).equals(List.of("bloc:EU", "country:VN", "firm:huawei")));
        assertThat(throughVietnam.get("length").asInt()).isEqualTo(2);
        for (JsonNode path : answer.get("paths")) {
            for (JsonNode relationship : path.get("relationships")) {
                assertThat(relationship.get("type").asString()).isNotBlank();
                assertThat(relationship.get("startId").asString()).isNotBlank();
                assertThat(relationship.get("endId").asString()).isNotBlank();
                assertThat(relationship.get("sources").size()).isPositive();
                JsonNode source = relationship.get("sources").get(0);
                assertThat(source.get("id").asString()).startsWith("source:");
                assertThat(source.get("title").asString()).isNotBlank();
                assertThat(source.get("publisher").asString()).isNotBlank();
                assertThat(source.get("date").asString()).isNotBlank();
                assertThat(relationship.get("properties").get("evidence").asString()).isNotBlank();
                assertThat(source.has("excerpt")).as("the evidence is given once, as properties.evidence").isFalse();
            }
        }
        // Every hop of the path through Vietnam is supported by at least one fact.
        List<String> hops = new ArrayList<>();
        throughVietnam.get("relationships").forEach(r -> hops.add(pair(r.get("startId").asString(), r.get("endId").asString())));
        assertThat(hops).contains(pair("bloc:EU", "country:VN"), pair("country:VN", "firm:huawei"));
    }

    @Test
    void allPathsModeReturnsLongerPathsThatVisitNoEntityTwice() {
        JsonNode answer = api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei", "mode", "all", "maxHops", "3").json();

        assertThat(answer.get("paths").size()).isGreaterThan(1);
        int longest = 0;
        for (JsonNode path : answer.get("paths")) {
            List<String> nodes = ids(path.get("nodes"));
            assertThat(nodes).doesNotHaveDuplicates();
            assertThat(path.get("length").asInt()).isLessThanOrEqualTo(3);
            longest = Math.max(longest, path.get("length").asInt());
        }
        assertThat(longest).isEqualTo(3);
    }

    @Test
    void factsPerHopCapsEachHopAndFactCountCountsAll() {
        JsonNode all = api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei").json();
        JsonNode capped = api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei", "factsPerHop", "1").json();

        assertThat(ids(capped.get("paths").get(0).get("nodes"))).isEqualTo(ids(all.get("paths").get(0).get("nodes")));
        boolean someHopHadMore = false;
        for (int i = 0; i < all.get("paths").size(); i++) {
            JsonNode full = all.get("paths").get(i);
            JsonNode path = capped.get("paths").get(i);
            assertThat(full.get("factCount").asInt()).isEqualTo(full.get("relationships").size());
            assertThat(path.get("factCount").asInt()).isEqualTo(full.get("factCount").asInt());
            // One fact per hop, and each one links that hop's two entities.
            assertThat(path.get("relationships").size()).isEqualTo(path.get("length").asInt());
            List<String> hops = new ArrayList<>();
            path.get("relationships").forEach(r -> hops.add(pair(r.get("startId").asString(), r.get("endId").asString())));
            List<String> nodes = ids(path.get("nodes"));
            for (int hop = 0; hop < nodes.size() - 1; hop++) {
                assertThat(hops).contains(pair(nodes.get(hop), nodes.get(hop + 1)));
            }
            someHopHadMore |= full.get("factCount").asInt() > path.get("relationships").size();
        }
        assertThat(someHopHadMore).isTrue();
        assertThat(api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei", "factsPerHop", "0").status()).isEqualTo(400);
    }

    @Test
    void pathsCanBeRestrictedToRelationshipTypes() {
        JsonNode answer = api.get("/api/paths", "from", "bloc:EU", "to", "firm:huawei",
                "types", "PARTNER_OF,AWARDED_CONTRACT_TO").json();

        assertThat(answer.get("paths").size()).isPositive();
        answer.get("paths").forEach(p -> p.get("relationships").forEach(r ->
                assertThat(r.get("type").asString()).isIn("PARTNER_OF", "AWARDED_CONTRACT_TO")));
    }

    @Test
    void aSourceListsTheFactsItSupports() {
        JsonNode source = api.get("/api/sources/source:commodities-2026-01-28").json();

        assertThat(source.get("source").get("publisher").asString()).isNotBlank();
        assertThat(source.get("facts").size()).isGreaterThan(10);
        assertThat(source.get("facts").toString()).contains("firm:huawei").contains("AWARDED_CONTRACT_TO");
        JsonNode list = api.get("/api/sources", "limit", "500").json();
        JsonNode summary = first(list, s -> s.get("source").get("id").asString().equals("source:commodities-2026-01-28"));
        assertThat(summary.get("facts").asLong()).isEqualTo(source.get("facts").size());
    }

    @Test
    void theJointStatementIsADraftOnThe28thAndSignedOnThe29th() {
        String id = "/api/entities/agreement:eu-vn-joint-statement-2026";

        assertThat(api.get(id, "asOf", "2026-01-28").json().get("status").get("status").asString()).isEqualTo("draft");
        assertThat(api.get(id, "asOf", "2026-01-29").json().get("status").get("status").asString()).isEqualTo("signed");
        assertThat(api.get(id, "asOf", "2026-01-27").json().get("status").isNull()).isTrue();
        JsonNode notYet = api.get("/api/paths", "from", "agreement:eu-vn-joint-statement-2026", "to", "status:signed",
                "maxHops", "1", "asOf", "2026-01-28").json();
        assertThat(notYet.get("paths").size()).isZero();
        assertThat(notYet.get("from").get("id").asString()).isEqualTo("agreement:eu-vn-joint-statement-2026");
        assertThat(notYet.get("to").get("id").asString()).isEqualTo("status:signed");
        assertThat(api.get("/api/paths", "from", "agreement:eu-vn-joint-statement-2026", "to", "status:signed",
                "maxHops", "1", "asOf", "2026-01-29").json().get("paths").size()).isEqualTo(1);
    }

    @Test
    void theOpenApiDescriptionListsTheEndpoints() {
        Response docs = api.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames()).contains("/api/entities", "/api/entities/{id}",
                "/api/entities/{id}/neighbourhood", "/api/paths", "/api/sources", "/api/sources/{id}");
        assertThat(api.get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    static JsonNode first(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode node : array) {
            if (test.test(node)) {
                return node;
            }
        }
        throw new AssertionError("no element matches in " + array.toString().substring(0, Math.min(2000, array.toString().length())));
    }

    static List<String> ids(JsonNode nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) < 0 ? a + "~" + b : b + "~" + a;
    }
}
