package io.lodestone.api;

import static io.lodestone.api.QueryApiErrorsTest.assertProblem;
import static io.lodestone.api.QueryApiTest.first;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.lodestone.ApiTest;
import io.lodestone.LodestoneTest;
import io.lodestone.ApiClient.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import tools.jackson.databind.JsonNode;

/** Dependencies, concentration, influence, centrality and scenarios on the real graph. */
@ResourceLock(LodestoneTest.GDS_CATALOG)
class AnalyticsApiTest extends ApiTest {

    static final String CHINA_RESTRICTS_GALLIUM_TO_THE_EU = """
            {"targets": ["bloc:EU"],
             "changes": [{"type": "restrict-exports", "actor": "country:CN", "resource": "mineral:gallium", "target": "bloc:EU"}]}""";

    @Test
    void theEusDependencyOnGalliumNamesChinaWithItsShareAndSources() {
        JsonNode answer = api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:gallium").json();

        JsonNode china = first(answer.get("reliance").get("suppliers"), s -> s.get("supplier").get("id").asString().equals("country:CN"));
        assertThat(china.get("share").asDouble()).isEqualTo(0.71);
        String factId = china.get("factIds").get(0).asString();
        JsonNode fact = answer.get("facts").get(factId);
        assertThat(fact.get("sources").size()).isPositive();
        assertThat(fact.get("sources").get(0).get("title").asString()).isNotBlank();
        // The competing 94% figure is kept, not merged away.
        assertThat(china.get("factIds").toString()).contains("fact:eu-imports-from-cn-l120");
        JsonNode direct = first(answer.get("chains"), c -> c.get("kind").asString().equals("direct-import"));
        assertThat(QueryApiTest.ids(direct.get("nodes"))).containsExactly("bloc:EU", "country:CN");
        direct.get("relationships").forEach(r -> assertThat(r.get("sources").size()).isPositive());
        assertThat(answer.get("chains").toString()).contains("country:VN");
        assertThat(answer.get("concentration").get("topProducer").get("producer").get("id").asString()).isEqualTo("country:CN");
        assertThat(answer.get("gaps").toString()).contains("no production share for Vietnam's gallium");
        assertThat(answer.get("reliance").get("exposure").asDouble()).isEqualTo(0.355, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void tungstensConcentrationNamesChinaAndVietnamWithUsgsFigures() {
        JsonNode answer = api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:tungsten").json();
        JsonNode concentration = answer.get("concentration");

        assertThat(concentration.get("referenceYear").asInt()).isEqualTo(2024);
        assertThat(concentration.get("worldTotal").get("amount").asDouble()).isEqualTo(81000);
        JsonNode china = first(concentration.get("producers"), p -> p.get("producer").get("id").asString().equals("country:CN"));
        JsonNode vietnam = first(concentration.get("producers"), p -> p.get("producer").get("id").asString().equals("country:VN"));
        assertThat(concentration.get("topProducer").get("producer").get("id").asString()).isEqualTo("country:CN");
        assertThat(vietnam.get("share").asDouble()).isEqualTo(3400.0 / 81000, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(vietnam.get("basis").asString()).contains("3400 / 81000");
        for (JsonNode producer : List.of(china, vietnam)) {
            JsonNode fact = answer.get("facts").get(producer.get("factIds").get(0).asString());
            assertThat(fact.get("sources").toString()).contains("USGS");
        }
        double hhi = 0;
        for (JsonNode producer : concentration.get("producers")) {
            hhi += Math.pow(producer.get("share").asDouble() * 100, 2);
        }
        assertThat(concentration.get("hhi").asDouble()).isEqualTo(hhi, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(concentration.get("producingCountries").asInt()).isGreaterThanOrEqualTo(6);
        assertThat(concentration.get("otherProducers").isNull()).isTrue();
    }

    @Test
    void aShortenedProducerListSumsTheOthersAndKeepsTheHhi() {
        JsonNode all = api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:tungsten").json();
        JsonNode top = api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:tungsten", "producers", "1").json();
        JsonNode full = all.get("concentration");
        JsonNode shortened = top.get("concentration");

        assertThat(shortened.get("producers").size()).isEqualTo(1);
        assertThat(shortened.get("producers").get(0).get("producer").get("id").asString()).isEqualTo("country:CN");
        JsonNode others = shortened.get("otherProducers");
        assertThat(others.get("count").asInt()).isEqualTo(full.get("producers").size() - 1);
        double share = 0;
        double squares = 0;
        for (int i = 1; i < full.get("producers").size(); i++) {
            double s = full.get("producers").get(i).get("share").asDouble();
            share += s;
            squares += Math.pow(s * 100, 2);
        }
        assertThat(others.get("share").asDouble()).isEqualTo(share, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(others.get("hhi").asDouble()).isEqualTo(squares, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(shortened.get("hhi").asDouble()).isEqualTo(full.get("hhi").asDouble());
        assertThat(shortened.get("hhiArithmetic").asString()).contains("smaller producers");
        // Facts of producers no longer listed are left out of the answer (unless a chain uses them); the listed one's are there.
        String chainsAndReliance = top.get("chains").toString() + top.get("reliance").toString();
        List<String> unlisted = new java.util.ArrayList<>();
        for (int i = 1; i < full.get("producers").size(); i++) {
            full.get("producers").get(i).get("factIds").forEach(id -> unlisted.add(id.asString()));
        }
        unlisted.removeIf(id -> chainsAndReliance.contains(id) || shortened.get("producers").toString().contains(id)
                || id.equals(shortened.get("worldTotal").get("factId").asString()));
        assertThat(unlisted).isNotEmpty();
        unlisted.forEach(id -> {
            assertThat(all.get("facts").has(id)).isTrue();
            assertThat(top.get("facts").has(id)).isFalse();
        });
        assertThat(top.get("facts").has(shortened.get("producers").get(0).get("factIds").get(0).asString())).isTrue();
        assertThat(api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:tungsten", "producers", "0").status())
                .isEqualTo(400);
    }

    @Test
    void influenceOverVietnamRanksActorsWithExplanations() {
        JsonNode answer = api.get("/api/influence", "target", "country:VN", "limit", "10").json();
        JsonNode ranking = answer.get("ranking");

        assertThat(ranking.size()).isBetween(5, 10);
        List<String> ids = new ArrayList<>();
        double previous = Double.MAX_VALUE;
        for (JsonNode entry : ranking) {
            ids.add(entry.get("id").asString());
            double score = entry.get("score").asDouble();
            assertThat(score).isPositive().isLessThanOrEqualTo(previous);
            previous = score;
            double sum = 0;
            for (JsonNode term : entry.get("terms")) {
                assertThat(term.get("explanation").asString()).isNotBlank();
                sum += term.get("contribution").asDouble();
            }
            assertThat(sum).as("terms add up to the score of %s", entry.get("id")).isEqualTo(score, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(entry.get("facts").size()).isPositive();
            entry.get("facts").forEach(f -> assertThat(f.get("sources").size()).isPositive());
            // Every term's own figure is shown with its sources; nothing is shown that no term names.
            List<String> shown = new java.util.ArrayList<>();
            entry.get("facts").forEach(f -> shown.add(f.get("id").asString()));
            String named = entry.get("terms").toString();
            shown.forEach(id -> assertThat(named).contains(id));
            entry.get("terms").forEach(t -> assertThat(shown).contains(t.get("factIds").get(0).asString()));
        }
        assertThat(ids).contains("country:CN", "firm:huawei", "firm:ericsson", "bloc:EU").doesNotContain("country:VN");
    }

    @Test
    void influenceThroughOneResourceCountsSupplyProductionAndRestrictions() {
        JsonNode china = api.get("/api/influence", "target", "bloc:EU", "resource", "mineral:gallium").json().get("ranking").get(0);

        assertThat(china.get("id").asString()).isEqualTo("country:CN");
        assertThat(china.get("terms").toString()).contains("supply").contains("production").contains("export restriction");
    }

    @Test
    void chinaRestrictingGalliumToTheEuRaisesItsExposureAndChangesNothingStored() {
        Map<String, Object> before = graphState();

        Response response = postJson("/api/scenarios", CHINA_RESTRICTS_GALLIUM_TO_THE_EU);

        assertThat(response.status()).isEqualTo(200);
        JsonNode outcome = response.json().get("targets").get(0);
        assertThat(outcome.get("after").get("exposure").asDouble()).isGreaterThan(outcome.get("before").get("exposure").asDouble());
        assertThat(outcome.get("diff").get("exposure").asDouble()).isPositive();
        assertThat(outcome.get("diff").get("influence").toString()).contains("country:CN");
        assertThat(graphState()).isEqualTo(before);
        assertThat(driver.executableQuery("MATCH ()-[r]->() WHERE r.id STARTS WITH 'scenario:' RETURN count(r) AS n")
                .execute().records().get(0).get("n").asLong()).isZero();
    }

    @Test
    void removingAnActorOrClosingAFacilityShowsInTheDiff() {
        JsonNode withoutChina = postJson("/api/scenarios", """
                {"targets": ["bloc:EU"], "resource": "mineral:gallium",
                 "changes": [{"type": "remove-actor", "actor": "country:CN"}]}""").json().get("targets").get(0);
        JsonNode withoutNuiPhao = postJson("/api/scenarios", """
                {"targets": ["country:VN"], "resource": "mineral:tungsten",
                 "changes": [{"type": "close-facility", "facility": "facility:nui-phao-mine"}]}""").json().get("targets").get(0);

        assertThat(withoutChina.get("before").get("influence").toString()).contains("country:CN");
        assertThat(withoutChina.get("after").get("influence").toString()).doesNotContain("country:CN");
        assertThat(withoutChina.get("after").get("exposure").asDouble()).isZero();
        assertThat(withoutNuiPhao.get("before").get("supplyChains").toString()).contains("facility:nui-phao-mine");
        assertThat(withoutNuiPhao.get("after").get("supplyChains").toString()).doesNotContain("facility:nui-phao-mine");
    }

    @Test
    void concurrentScenariosGiveTheSameAnswerAndLeaveTheGraphAlone() throws Exception {
        Map<String, Object> before = graphState();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(() -> postJson("/api/scenarios", CHINA_RESTRICTS_GALLIUM_TO_THE_EU)));
            }
            String first = null;
            int answered = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                // The cap on heavy queries may turn some away; those say so and when to retry.
                if (response.status() == 429) {
                    assertProblem(response, 429, "too-many-heavy-queries");
                    continue;
                }
                assertThat(response.status()).isEqualTo(200);
                answered++;
                String diff = response.json().get("targets").get(0).get("diff").toString();
                first = first == null ? diff : first;
                assertThat(diff).isEqualTo(first);
            }
            assertThat(answered).isPositive();
        } finally {
            pool.shutdown();
        }
        assertThat(graphState()).isEqualTo(before);
    }

    @Test
    void centralityRanksActorsWithEachAlgorithm() {
        for (String algorithm : List.of("pagerank", "betweenness", "degree")) {
            JsonNode answer = api.get("/api/centrality", "algorithm", algorithm, "limit", "5").json();

            assertThat(answer.get("algorithm").asString()).isEqualTo(algorithm);
            assertThat(answer.get("ranking").size()).isEqualTo(5);
            assertThat(answer.get("ranking").get(0).get("id").asString()).isEqualTo("country:VN");
            assertThat(answer.get("ranking").get(0).get("score").asDouble())
                    .isGreaterThanOrEqualTo(answer.get("ranking").get(4).get("score").asDouble());
        }
        JsonNode firms = api.get("/api/centrality", "label", "Firm", "limit", "3").json();
        firms.get("ranking").forEach(entry -> assertThat(entry.get("type").asString()).isEqualTo("Firm"));
    }

    @Test
    void analyticsErrorsAreProblemsNamingTheParameter() {
        assertProblem(api.get("/api/dependencies", "actor", "bloc:EU"), 400, "invalid-parameter");
        assertProblem(api.get("/api/dependencies", "actor", "bloc:EU", "resource", "mineral:unobtainium"), 404, "not-found");
        assertProblem(api.get("/api/influence", "target", "country:XX"), 404, "not-found");
        assertProblem(api.get("/api/influence", "target", "country:VN", "limit", "0"), 400, "invalid-parameter");
        Response algorithm = api.get("/api/centrality", "algorithm", "closeness");
        assertProblem(algorithm, 400, "invalid-parameter");
        assertThat(algorithm.json().get("detail").asString()).contains("pagerank, betweenness, degree");
        assertProblem(postJson("/api/scenarios", "{\"targets\": [\"bloc:EU\"], \"changes\": [{\"type\": \"invade\"}]}"), 400, "invalid-parameter");
        assertProblem(postJson("/api/scenarios", "{\"targets\": [], \"changes\": []}"), 400, "invalid-parameter");
        assertProblem(postJson("/api/scenarios", "{not json"), 400, "invalid-body");
        assertProblem(postJson("/api/scenarios", """
                {"targets": ["bloc:EU"], "changes": [{"type": "remove-actor", "actor": "firm:nobody"}], "resource": "mineral:gallium"}"""),
                404, "not-found");
    }

}
