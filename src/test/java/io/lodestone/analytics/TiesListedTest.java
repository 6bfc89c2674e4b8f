package io.lodestone.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.lodestone.ApiClient;
import io.lodestone.LodestoneTest;
import io.lodestone.graph.EntityLookup;
import io.lodestone.graph.GraphReader;
import io.lodestone.graph.NodeView;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Influence over a hub sums in its queries: the target's imports per supplier, and its ties per actor,
 * listing only the actors with the highest tie scores and summing the other firms per country. On the
 * seed graph, listing a few must rank and score exactly as reading every import and tie one by one.
 */
@LodestoneTest
class TiesListedTest {

    @Autowired
    GraphReader reader;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    /** Vietnam: firms from several countries build, supply and operate there. */
    @Test
    void listingFewTiesRanksAndScoresAsReadingAll() {
        compare(null);
    }

    /** The queries choose the facts valid on the date, as the facts read one by one are filtered. */
    @Test
    void onADateToo() {
        compare("2024-06-30");
    }

    /**
     * The ties read before the imports (as influence without a resource reads them, beside the imports)
     * list no one by name; a supplier that is not a country and was left out has them read again. Here
     * Vietnam imports from Huawei, which has ties of its own to Vietnam but is not listed beforehand.
     */
    @Test
    void tiesReadBeforeTheImportsAreReadAgainForASupplierTheyLeftOut() {
        String target = "country:VN";
        withVietnamImportingFromHuawei(() -> {
            reader.inReadTransaction(tx -> {
                AnalyticsRepository repository = new AnalyticsRepository(tx);
                NodeView node = EntityLookup.require(tx, "target", target);
                AnalyticsRepository.Ties before = AnalyticsService.tiesBeforeImports(repository, target, null, 0);
                assertThat(before.listed()).extracting(t -> t.actor().id()).doesNotContain("firm:huawei");
                Situation early = AnalyticsService.load(repository, List.of(node), null, null, false, target, Integer.MAX_VALUE, 0,
                        CompletableFuture.completedFuture(before));
                Situation all = AnalyticsService.load(repository, List.of(node), null, null, false, target, Integer.MAX_VALUE,
                        Integer.MAX_VALUE, null);
                assertThat(early.ties.listed()).extracting(t -> t.actor().id()).contains("firm:huawei");
                Influence.Ranked huawei = byId(Influence.rank(node, null, early, new ArrayList<>())).get("firm:huawei");
                Influence.Ranked exact = byId(Influence.rank(node, null, all, new ArrayList<>())).get("firm:huawei");
                assertThat(huawei.score()).isCloseTo(exact.score(), within(1e-9));
                assertThat(huawei.terms().size() + huawei.unlisted().count()).isEqualTo(exact.terms().size() + exact.unlisted().count());
                return null;
            });
        });
    }

    /**
     * Dependencies read no ties at all, even where a supplier is not a country (which makes influence
     * read its ties again, above): Vietnam's dependence on 5G technology from Huawei answers without
     * a ties query.
     */
    @Test
    void dependenciesOnASupplierThatIsNotACountryAnswer() {
        withVietnamImportingFromHuawei(() -> {
            reader.inReadTransaction(tx -> {
                NodeView node = EntityLookup.require(tx, "actor", "country:VN");
                Situation situation = AnalyticsService.load(new AnalyticsRepository(tx), List.of(node), "technology:5g", null, true, null);
                assertThat(situation.ties).isSameAs(AnalyticsRepository.Ties.NONE);
                return null;
            });
            ApiClient.Response answer = new ApiClient(port).get("/api/dependencies", "actor", "country:VN", "resource", "technology:5g");
            assertThat(answer.status()).as(answer.text()).isEqualTo(200);
            assertThat(answer.text()).contains("firm:huawei");
        });
    }

    /** Runs {@code check} while Vietnam imports 5G technology from Huawei (a firm), as plain Cypher writes it. */
    private void withVietnamImportingFromHuawei(Runnable check) {
        String fact = "fact:ties-listed-test-vn-imports-from-huawei";
        driver.executableQuery("""
                        MATCH (vn:Entity {id: 'country:VN'}), (huawei:Entity {id: 'firm:huawei'})
                        CREATE (vn)-[:IMPORTS_FROM {id: $id, resource: 'technology:5g', share: 0.2, confidence: 'high'}]->(huawei)""")
                .withParameters(Map.of("id", fact)).execute();
        try {
            check.run();
        } finally {
            driver.executableQuery("MATCH ()-[f:IMPORTS_FROM {id: $id}]->() DELETE f").withParameters(Map.of("id", fact)).execute();
        }
    }

    private static Map<String, Influence.Ranked> byId(List<Influence.Ranked> ranked) {
        return ranked.stream().collect(Collectors.toMap(r -> r.actor().id(), Function.identity()));
    }

    private void compare(String asOf) {
        String target = "country:VN";
        int listed = 2;
        reader.inReadTransaction(tx -> {
            AnalyticsRepository repository = new AnalyticsRepository(tx);
            NodeView node = EntityLookup.require(tx, "target", target);
            Situation all = AnalyticsService.load(repository, List.of(node), null, asOf, false, target, Integer.MAX_VALUE, Integer.MAX_VALUE,
                    null).validOn(asOf);
            Situation few = AnalyticsService.load(repository, List.of(node), null, asOf, false, target, Integer.MAX_VALUE, listed, null)
                    .validOn(asOf);
            assertThat(few.ties.rolledUp()).as("some firms tied to %s are summed per country", target).isNotEmpty();
            assertThat(few.ties.listed().size()).isLessThan(all.ties.listed().size());
            assertThat(few.supply).isNotNull();
            assertThat(all.supply).isNull();

            List<Influence.Ranked> exact = Influence.rank(node, null, all, new ArrayList<>());
            List<Influence.Ranked> ranked = Influence.rank(node, null, few, new ArrayList<>());
            assertThat(ids(ranked.subList(0, listed))).isEqualTo(ids(exact.subList(0, listed)));
            Map<String, Influence.Ranked> byId = exact.stream().collect(Collectors.toMap(r -> r.actor().id(), Function.identity()));
            for (Influence.Ranked r : ranked) {
                Influence.Ranked same = byId.get(r.actor().id());
                assertThat(same).as(r.actor().id()).isNotNull();
                assertThat(r.score()).as(r.actor().id()).isCloseTo(same.score(), within(1e-9));
                assertThat(r.terms().size() + r.unlisted().count()).as(r.actor().id())
                        .isEqualTo(same.terms().size() + same.unlisted().count());
            }
            return null;
        });
    }

    private static List<String> ids(List<Influence.Ranked> ranked) {
        return ranked.stream().map(r -> r.actor().id()).toList();
    }
}
