package io.lodestone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;

import io.lodestone.ApiClient;
import io.lodestone.ApiClient.Response;
import io.lodestone.GraphState;
import io.lodestone.LodestoneTest;
import io.lodestone.api.InjectionTest.Endpoint;
import io.lodestone.graph.CypherFiles;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestContextManager;

/**
 * Property-based fuzzing of every endpoint's parameters with jqwik: whatever the values, no 5xx,
 * every error a problem+json with a detail, and the graph unchanged after each property.
 * Runs on jqwik's own engine; Spring's TestContextManager injects the same shared application
 * context the JUnit tests use, so no second database starts.
 */
@LodestoneTest
class ApiFuzzTest {

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CypherFiles cypher;

    ApiClient api;
    Map<String, Object> before;

    @BeforeProperty
    void injectSharedContext() throws Exception {
        new TestContextManager(ApiFuzzTest.class).prepareTestInstance(this);
        api = new ApiClient(port);
        before = GraphState.of(driver, cypher);
    }

    @AfterProperty
    void graphIsUnchanged() {
        assertThat(GraphState.of(driver, cypher)).isEqualTo(before);
    }

    @Property(tries = 500)
    void search(@ForAll("text") String q, @ForAll("labels") String type, @ForAll("numbers") String limit) {
        call("/api/entities", "q", q, "type", type, "limit", limit);
    }

    @Property(tries = 400)
    void entity(@ForAll("ids") String id, @ForAll("dates") String asOf) {
        call("/api/entities/{id}", "id", id, "asOf", asOf);
    }

    @Property(tries = 500)
    void neighbourhood(@ForAll("ids") String id, @ForAll("numbers") String depth, @ForAll("types") String types,
                       @ForAll("numbers") String limit) {
        call("/api/entities/{id}/neighbourhood", "id", id, "depth", depth, "types", types, "limit", limit);
    }

    @Property(tries = 800)
    void paths(@ForAll("ids") String from, @ForAll("ids") String to, @ForAll("numbers") String maxHops,
               @ForAll("types") String types, @ForAll("modes") String mode, @ForAll("numbers") String limit,
               @ForAll("dates") String asOf) {
        call("/api/paths", "from", from, "to", to, "maxHops", maxHops, "types", types, "mode", mode, "limit", limit,
                "asOf", asOf);
    }

    @Property(tries = 300)
    void sources(@ForAll("numbers") String offset, @ForAll("numbers") String limit) {
        call("/api/sources", "offset", offset, "limit", limit);
    }

    @Property(tries = 300)
    void source(@ForAll("ids") String id) {
        call("/api/sources/{id}", "id", id);
    }

    @Property(tries = 300)
    void reimportRefusesEveryOtherToken(@ForAll("text") String token) {
        String authorization = "Bearer " + (token == null ? "" : InjectionTest.headerSafe(token));
        Response response = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/admin/import"))
                .header("Authorization", authorization).POST(HttpRequest.BodyPublishers.noBody()).build());

        assertThat(response.status()).isEqualTo(401);
        InjectionTest.assertWellFormed(response, authorization, null);
    }

    /** A null value leaves the parameter out. */
    private void call(String path, String... parameters) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            if (parameters[i + 1] != null) {
                values.put(parameters[i], parameters[i + 1]);
            }
        }
        if (path.contains("{id}") && !values.containsKey("id")) {
            values.put("id", "");
        }
        URI uri = new Endpoint(path, values).uri(api.base(), values);
        InjectionTest.assertWellFormed(api.send(HttpRequest.newBuilder(uri).GET().build()), uri.toString(), null);
    }

    @Provide
    Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                weight(3, Arbitraries.strings().all().ofMaxLength(40)),
                weight(3, Arbitraries.of(HostileInput.INJECTIONS)),
                weight(2, Arbitraries.of("vietnam", "Viet Nam", "ASML", "huawei", "gallium", "EU")),
                weight(1, huge()),
                weight(1, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(200)))
                .injectNull(0.1);
    }

    @Provide
    Arbitrary<String> ids() {
        Arbitrary<String> real = Arbitraries.of("country:VN", "bloc:EU", "firm:huawei", "firm:asml", "country:CN",
                "mineral:gallium", "agreement:eu-vn-fta", "source:commodities-2026-01-28", "country:XX");
        Arbitrary<String> shaped = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
                .flatMap(kind -> Arbitraries.strings().all().ofMinLength(1).ofMaxLength(20).map(key -> kind + ":" + key));
        return Arbitraries.frequencyOf(
                weight(4, real),
                weight(3, shaped),
                weight(3, text()));
    }

    @Provide
    Arbitrary<String> numbers() {
        return Arbitraries.frequencyOf(
                weight(4, Arbitraries.integers().between(-2, 8).map(String::valueOf)),
                weight(2, Arbitraries.integers().map(String::valueOf)),
                weight(2, Arbitraries.longs().map(String::valueOf)),
                weight(1, Arbitraries.bigIntegers().between(
                        java.math.BigInteger.TEN.pow(19), java.math.BigInteger.TEN.pow(60)).map(String::valueOf)),
                weight(1, Arbitraries.doubles().map(String::valueOf)),
                weight(1, Arbitraries.of("NaN", "Infinity", "-0", "0x1F", "1e3", " 3", "3 ", "٣", "+4", "")),
                weight(1, text()))
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> shaped = Arbitraries.integers().between(-99999, 999999).flatMap(year ->
                Arbitraries.integers().between(-1, 14).flatMap(month ->
                        Arbitraries.integers().between(-1, 33).map(day -> year + "-" + month + "-" + day)));
        return Arbitraries.frequencyOf(
                weight(3, Arbitraries.of("2026-01-28", "2020-08-01", "2024", "2024-05", "1900-01-01")),
                weight(3, shaped),
                weight(2, Arbitraries.of("2026-02-30", "2026-13-01", "+999999999-12-31",
                        "-999999999-01-01", "0000-00-00", "2026-1-1", "20260128", "2026-01-28T00:00:00Z", "28/01/2026",
                        "yesterday", "2026-01-28' OR '1'='1")),
                weight(2, text()))
                .injectNull(0.3);
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.frequencyOf(
                weight(3, Arbitraries.of("HEADQUARTERED_IN", "IMPORTS_FROM", "PARTY_TO",
                        "PRODUCES,OPERATES_IN", "AWARDED_CONTRACT_TO, IMPORTS_FROM", ",", "LIKES", "produces")),
                weight(2, Arbitraries.strings().withCharRange('A', 'Z').withChars('_', ',', '|', ' ')
                        .ofMaxLength(60)),
                weight(2, text()))
                .injectNull(0.4);
    }

    @Provide
    Arbitrary<String> labels() {
        return Arbitraries.frequencyOf(
                weight(3, Arbitraries.of("Country", "Firm", "Actor", "Resource", "Source", "Entity",
                        "country", "Planet", "__Neo4jMigration")),
                weight(2, text()))
                .injectNull(0.5);
    }

    @Provide
    Arbitrary<String> modes() {
        return Arbitraries.frequencyOf(
                weight(4, Arbitraries.of("shortest", "all", "ALL", " Shortest ", "longest")),
                weight(1, text()))
                .injectNull(0.4);
    }

    private static Tuple2<Integer, Arbitrary<? extends String>> weight(int weight, Arbitrary<String> values) {
        return Tuple.of(weight, values);
    }

    private static Arbitrary<String> huge() {
        return Arbitraries.of("x", "é", "中", "🇻🇳", "'", "%", "\\")
                .flatMap(unit -> Arbitraries.integers().between(1_000, 6_000).map(unit::repeat));
    }
}
