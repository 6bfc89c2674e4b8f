package io.lodestone.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lodestone.analytics.AnalyticsRepository.Restriction;
import io.lodestone.graph.CypherFiles;
import io.lodestone.graph.FactProperties;
import io.lodestone.graph.NodeView;
import org.junit.jupiter.api.Test;

/** The scoring rules of docs/influence.md on facts given in memory (the API tests run them on the real graph). */
class InfluenceTest {

    private static final NodeView EU = new NodeView("bloc:EU", "European Union", "Bloc");
    private static final NodeView CN = new NodeView("country:CN", "China", "Country");
    private static final NodeView GALLIUM = new NodeView("mineral:gallium", "Gallium", "Mineral");

    @Test
    void severalRestrictionFactsOfOneRestrictorCountOnceAtTheMostSevere() {
        Situation situation = situation(EU, List.of(restriction(CN, "fact:licensing", "export licensing"),
                restriction(CN, "fact:ban", "export ban"), restriction(CN, "fact:ban-again", "export ban")));

        Influence.Ranked china = Influence.rank(EU, GALLIUM.id(), situation, new ArrayList<>()).get(0);

        assertThat(china.actor().id()).isEqualTo("country:CN");
        List<Influence.Term> restrictions = china.terms().stream().filter(t -> t.channel().equals("export restriction")).toList();
        assertThat(restrictions).hasSize(1);
        // No import figures: dependence is taken as 0.5; the ban's severity is 1.0.
        assertThat(restrictions.get(0).contribution()).isEqualTo(Influence.UNQUANTIFIED_DEPENDENCE * 1.0);
        assertThat(restrictions.get(0).factIds()).containsExactly("fact:licensing", "fact:ban", "fact:ban-again");
    }

    @Test
    void theTargetIsNotRankedForItsOwnRestrictions() {
        Situation situation = situation(CN, List.of(restriction(CN, "fact:ban", "export ban")));

        assertThat(Influence.rank(CN, GALLIUM.id(), situation, new ArrayList<>())).isEmpty();
    }

    /** The ties query writes the channels' types out (the store reads only those); they must be the channels. */
    @Test
    void theTiesQueryExpandsExactlyTheChannels() {
        String query = new CypherFiles().get("analytics/influence-ties.cypher");
        List<String> channels = Arrays.stream(Influence.Channel.values()).map(Enum::name).sorted().toList();
        Matcher patterns = Pattern.compile("\\[fact:([A-Z_|]+)]").matcher(query);
        int found = 0;
        while (patterns.find()) {
            assertThat(Arrays.stream(patterns.group(1).split("\\|")).sorted().toList())
                    .as("the types in %s", patterns.group()).isEqualTo(channels);
            found++;
        }
        assertThat(found).as("patterns naming the channels' types (the target's own ties, and those through what is located in it)")
                .isEqualTo(2);
    }

    private static Situation situation(NodeView target, List<Restriction> restrictions) {
        return new Situation(Map.of(GALLIUM.id(), GALLIUM), Map.of(GALLIUM.id(), List.of()), Map.of(GALLIUM.id(), restrictions),
                Map.of(target.id(), List.of()), List.of(), AnalyticsRepository.Ties.NONE, Map.of());
    }

    private static Restriction restriction(NodeView restrictor, String id, String activity) {
        return new Restriction(new Fact(id, "RESTRICTS_EXPORT_OF", restrictor, GALLIUM,
                FactProperties.assumed(activity, "high", null)), List.of());
    }
}
