package io.lodestone.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.lodestone.ApiTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Record;
import tools.jackson.databind.JsonNode;

/**
 * The graph holds what its sources say and lets an investigator reach it: every claim of both seed
 * reports (src/test/resources/seed-claims.tsv), every resource adjacent to the actors of the facts
 * about it, no entity on its own.
 */
class GraphCoverageTest extends ApiTest {

    private static final Path CLAIMS = Path.of("src/test/resources/seed-claims.tsv");
    private static final Map<String, String> SEEDS = Map.of(
            "000", "seeds/000_40bed9fd27b8317d.txt",
            "001", "seeds/001_9c977f3d893ec6dc.txt");
    private static final Map<String, String> SEED_SOURCES = Map.of(
            "000", "source:rawmaterials-2026-01-29",
            "001", "source:commodities-2026-01-28");

    record Claim(int line, String seed, String text, List<String> holds) {
    }

    static List<Claim> claims() throws IOException {
        List<String> lines = Files.readAllLines(CLAIMS, StandardCharsets.UTF_8);
        List<Claim> claims = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] fields = lines.get(i).split("\t");
            claims.add(new Claim(i + 1, fields[0], fields[1], List.of(fields[2].split(";"))));
        }
        return claims;
    }

    @Test
    void everySeedClaimIsHeldByTheGraph() throws IOException {
        List<String> missing = new ArrayList<>();
        List<Claim> claims = claims();
        for (Claim claim : claims) {
            for (String holder : claim.holds()) {
                if (holder.startsWith("fact:")) {
                    List<Record> found = driver.executableQuery("""
                                    MATCH ()-[r]->() WHERE r.id = $id
                                    RETURN r.sources AS sources, r.origin AS origin, r.evidence AS evidence""")
                            .withParameters(Map.of("id", holder)).execute().records();
                    if (found.isEmpty()) {
                        missing.add("line " + claim.line() + ": " + holder + " is not in the graph");
                    } else if (!found.get(0).get("sources").asList(v -> v.asString()).contains(SEED_SOURCES.get(claim.seed()))
                            || !found.get(0).get("origin").asList(v -> v.asString()).contains(SEEDS.get(claim.seed()))) {
                        missing.add("line " + claim.line() + ": " + holder + " does not cite seed " + claim.seed());
                    }
                } else {
                    // entity:<id>:<property>=<value>
                    String spec = holder.substring("entity:".length());
                    int equals = spec.indexOf('=');
                    int colon = spec.lastIndexOf(':', equals);
                    List<Record> found = driver.executableQuery("MATCH (n:Entity {id: $id}) RETURN toString(n[$property]) AS value")
                            .withParameters(Map.of("id", spec.substring(0, colon), "property", spec.substring(colon + 1, equals)))
                            .execute().records();
                    if (found.isEmpty() || !spec.substring(equals + 1).equals(found.get(0).get("value").asString(null))) {
                        missing.add("line " + claim.line() + ": " + holder + " does not hold");
                    }
                }
            }
        }
        assertThat(claims).hasSizeGreaterThan(80);
        assertThat(missing).isEmpty();
    }

    /** The claim list is the seeds' own words, and no seed fact of the graph is left out of it. */
    @Test
    void theClaimListQuotesTheSeedsAndCoversEverySeedFact() throws IOException {
        List<Claim> claims = claims();
        Path seeds = Files.isDirectory(Path.of("../../shared/seeds")) ? Path.of("../../shared/seeds") : Path.of("../shared/seeds");
        if (Files.isDirectory(seeds)) {
            for (Claim claim : claims) {
                String seed = normalize(Files.readString(seeds.resolve(Path.of(SEEDS.get(claim.seed())).getFileName())));
                assertThat(seed).as("line %d quotes seed %s", claim.line(), claim.seed()).contains(normalize(claim.text()));
            }
        }
        Set<String> listed = new HashSet<>();
        claims.forEach(claim -> listed.addAll(claim.holds()));
        List<String> seedFacts = driver.executableQuery("""
                        MATCH ()-[r]->()
                        WHERE r.id STARTS WITH 'fact:' AND any(origin IN r.origin WHERE origin STARTS WITH 'seeds/')
                        RETURN r.id AS id ORDER BY id""")
                .execute().records().stream().map(r -> r.get("id").asString()).toList();
        assertThat(seedFacts).isNotEmpty();
        assertThat(seedFacts.stream().filter(id -> !listed.contains(id)).toList()).as("seed facts no claim names").isEmpty();
    }

    @Test
    void expandingFiveGReachesItsVendorsAndOperators() {
        JsonNode subgraph = api.get("/api/entities/technology:5g/neighbourhood", "depth", "1", "limit", "500").json();
        List<String> ids = new ArrayList<>();
        subgraph.get("nodes").forEach(node -> ids.add(node.get("id").asString()));

        assertThat(ids).contains("firm:ericsson", "firm:nokia", "firm:huawei", "firm:viettel", "firm:zte", "country:VN");
        JsonNode derived = null;
        for (JsonNode r : subgraph.get("relationships")) {
            if (r.get("type").asString().equals("INVOLVES") && r.get("startId").asString().equals("firm:huawei")) {
                derived = r;
            }
        }
        assertThat(derived).as("an INVOLVES edge from Huawei").isNotNull();
        assertThat(derived.get("properties").get("fact").asString()).startsWith("fact:");
        assertThat(derived.get("sources").get(0).get("title").asString()).isNotBlank();
    }

    @Test
    void everyResourceNamedByAFactIsAdjacentToBothItsEnds() {
        List<Record> loose = driver.executableQuery("""
                        MATCH (a:Entity)-[fact]->(b:Entity)
                        WHERE fact.id STARTS WITH 'fact:' AND fact.resource IS NOT NULL
                        MATCH (resource:Resource {id: fact.resource})
                        WITH fact, resource, [x IN [a, b] WHERE x <> resource
                              AND NOT EXISTS { (x)-[:INVOLVES {fact: fact.id}]->(resource) }] AS notAdjacent
                        WHERE size(notAdjacent) > 0
                        RETURN fact.id AS id""")
                .execute().records();
        long facts = driver.executableQuery("MATCH ()-[r]->() WHERE r.resource IS NOT NULL AND r.id STARTS WITH 'fact:' RETURN count(r) AS n")
                .execute().records().get(0).get("n").asLong();

        assertThat(facts).isGreaterThan(50);
        assertThat(loose).extracting(r -> r.get("id").asString()).isEmpty();
    }

    @Test
    void derivedEdgesAreNotCountedAsFacts() {
        Record counts = driver.executableQuery("""
                        RETURN COUNT { ()-[r]->() WHERE r.id STARTS WITH 'fact:' } AS facts,
                               COUNT { ()-[r:INVOLVES]->() } AS involves,
                               COUNT { ()-[r:INVOLVES]->() WHERE r.id STARTS WITH 'fact:' } AS involvesAsFacts""")
                .execute().records().get(0);

        assertThat(counts.get("facts").asLong()).isEqualTo(lines("import/relationships.csv") - 1);
        assertThat(counts.get("involves").asLong()).isPositive();
        assertThat(counts.get("involvesAsFacts").asLong()).isZero();
    }

    @Test
    void pathsPassThroughAResource() {
        JsonNode answer = api.get("/api/paths", "from", "firm:samsung", "to", "firm:zte", "maxHops", "2").json();

        List<String> through = new ArrayList<>();
        answer.get("paths").forEach(path -> through.add(path.get("nodes").get(1).get("id").asString()));
        assertThat(through).contains("technology:5g");
    }

    @Test
    void noEntityStandsAlone() {
        List<Record> isolated = driver.executableQuery("MATCH (n:Entity) WHERE NOT EXISTS { (n)--() } RETURN n.id AS id")
                .execute().records();

        assertThat(isolated).extracting(r -> r.get("id").asString()).isEmpty();
    }

    private static long lines(String file) {
        try (var lines = Files.lines(Path.of(file))) {
            return lines.filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String normalize(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9]+", " ").strip();
    }
}
