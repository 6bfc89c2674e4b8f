package io.lodestone.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.lodestone.documents.Document;
import io.lodestone.documents.EntityRef;
import io.lodestone.documents.Mention;
import io.lodestone.documents.Sentence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ends a sentence refers to without naming them (descriptions of agreements, pronouns, the subject
 * carried over, names inside names), in news-style reports written for these tests. Mentions are
 * given as the ingest would find them: every occurrence of the names listed.
 */
class DiscourseTest {

    private static final String JOINT_STATEMENT = "agreement:eu-vn-joint-statement-2026";
    private static final String FTA = "agreement:eu-vn-fta";
    private static final Map<String, EntityRef> NAMES = Map.ofEntries(
            Map.entry("European Union", new EntityRef("bloc:EU", "European Union", "Bloc")),
            Map.entry("EU", new EntityRef("bloc:EU", "European Union", "Bloc")),
            Map.entry("Vietnam", new EntityRef("country:VN", "Vietnam", "Country")),
            Map.entry("joint statement", new EntityRef(JOINT_STATEMENT, "EU-Vietnam Joint Statement", "Agreement")),
            Map.entry("draft joint statement", new EntityRef(JOINT_STATEMENT, "EU-Vietnam Joint Statement", "Agreement")),
            Map.entry("EU-Vietnam free trade agreement", new EntityRef(FTA, "EU-Vietnam Free Trade Agreement", "Agreement")),
            Map.entry("EVFTA", new EntityRef(FTA, "EU-Vietnam Free Trade Agreement", "Agreement")),
            Map.entry("gallium", new EntityRef("mineral:gallium", "gallium", "Mineral")),
            Map.entry("tungsten", new EntityRef("mineral:tungsten", "tungsten", "Mineral")),
            Map.entry("bismuth", new EntityRef("mineral:bismuth", "bismuth", "Mineral")),
            Map.entry("antimony", new EntityRef("mineral:antimony", "antimony", "Mineral")),
            Map.entry("rare earths", new EntityRef("mineral:rare-earths", "rare earths", "Mineral")),
            Map.entry("5G", new EntityRef("technology:5g", "5G", "Technology")),
            Map.entry("World Trade Organization", new EntityRef("institution:wto", "World Trade Organization", "Institution")),
            Map.entry("Ukraine", new EntityRef("country:UA", "Ukraine", "Country")),
            Map.entry("Vietnam's ruling Communist Party",
                    new EntityRef("institution:communist-party-of-vietnam", "Communist Party of Vietnam", "Institution")));

    private static Proposer proposer;

    @BeforeAll
    static void learn() {
        proposer = ImportModel.proposer(true);
    }

    @Test
    void aDescriptionOfAnAgreementIsTheNamedAgreementItFitsNotTheOneNamedLast() {
        List<Proposal> proposals = propose("""
                Hanoi, 4 March 2026. The European Union and Vietnam will sign a joint statement on Friday, officials said.

                The EU-Vietnam free trade agreement has been in force since 2020. The declaration also covers gallium, \
                diplomats said.""");

        Proposal covers = between(proposals, JOINT_STATEMENT, "mineral:gallium").orElseThrow();
        assertThat(covers.evidence()).startsWith("The declaration also covers gallium");
        assertThat(covers.why()).contains("\"The declaration\" refers to the statement the document names nearest");
        assertThat(between(proposals, FTA, "mineral:gallium")).isEmpty();
    }

    @Test
    void theDraftIsTheAgreementTheReportIsAbout() {
        List<Proposal> proposals = propose("""
                Brussels, 2 March 2026. Vietnam and the European Union are to adopt a joint statement this week. \
                The joint statement follows talks in Hanoi.

                It builds on the EVFTA, in force since 2020. The draft calls for cooperation on 5G networks. \
                It also backs the World Trade Organization.

                Separately, the draft law on rare earths goes to parliament in May.""");

        Proposal covers = between(proposals, JOINT_STATEMENT, "technology:5g").orElseThrow();
        assertThat(covers.why()).contains("\"The draft\" refers to the agreement the document names most");
        assertThat(between(proposals, FTA, "technology:5g")).isEmpty();
        // "It" opens a sentence: the subject of the sentence before (the draft, that is the joint statement)
        Proposal supports = between(proposals, JOINT_STATEMENT, "institution:wto").orElseThrow();
        assertThat(supports.evidence()).isEqualTo("It also backs the World Trade Organization.");
        assertThat(supports.why()).contains("\"It\" refers to the subject of the sentence before");
        // "the draft law" is a law, not the draft agreement
        assertThat(between(proposals, JOINT_STATEMENT, "mineral:rare-earths")).isEmpty();
    }

    @Test
    void anIndefiniteDescriptionIsTheGraphsAgreementWhoseNameHoldsItsWords() {
        List<Proposal> proposals = propose("""
                Hanoi, 5 March 2026. The European Union and Vietnam already trade under a free trade agreement, \
                and tungsten ships duty-free.""");

        assertThat(between(proposals, "bloc:EU", FTA)).isPresent();
        assertThat(between(proposals, "country:VN", FTA).orElseThrow().why())
                .contains("\"a free trade agreement\" refers to the graph's agreement whose name holds");
        // an indefinite description that no name fits refers to nothing
        assertThat(propose("Hanoi, 5 March 2026. Vietnam signed a deal on tungsten.").stream()
                .filter(p -> p.start().kinds().contains("agreement") || p.end().kinds().contains("agreement"))).isEmpty();
    }

    @Test
    void aSentenceThatNamesNoActorIsAboutTheSubjectBeforeItInTheSameParagraph() {
        List<Proposal> proposals = propose("""
                Hanoi, 6 March 2026. Vietnam is a major producer of tungsten. This output is complemented by small \
                amounts of bismuth and antimony.

                Prices of rare earths and gallium rose in February.""");

        Proposal bismuth = between(proposals, "country:VN", "mineral:bismuth").orElseThrow();
        assertThat(bismuth.evidence()).startsWith("This output is complemented");
        assertThat(bismuth.why()).contains("Vietnam: the subject of the sentence before, carried over");
        assertThat(between(proposals, "country:VN", "mineral:antimony")).isPresent();
        // a new paragraph starts afresh
        assertThat(between(proposals, "country:VN", "mineral:rare-earths")).isEmpty();
        assertThat(between(proposals, "country:VN", "mineral:gallium")).isEmpty();
    }

    @Test
    void aNameInsideANameAndAStatusWordInsideADescriptionPairWithIt() {
        List<Proposal> proposals = propose("""
                Hanoi, 7 March 2026. Vietnam and the EU signed the draft joint statement. An EU-Vietnam free trade \
                agreement entered into force in 2020. Vietnam's ruling Communist Party welcomed it.""");

        assertThat(between(proposals, "bloc:EU", FTA).orElseThrow().why()).contains("\"EU\" is part of the name");
        assertThat(between(proposals, "country:VN", FTA)).isPresent();
        assertThat(between(proposals, "institution:communist-party-of-vietnam", "country:VN")).isPresent();
        assertThat(between(proposals, JOINT_STATEMENT, "status:draft").orElseThrow().why()).contains("\"draft\" is said of");
        // the status's alias ("entered into force") states it too
        assertThat(between(proposals, FTA, "status:in-force")).isPresent();
    }

    @Test
    void namesListedTogetherAreNotPairedWithEachOtherButWithTheRest() {
        List<Proposal> proposals = propose("""
                Hanoi, 9 March 2026. Vietnam exports bismuth, antimony, and tungsten, the ministry said. \
                Vietnam and the European Union discussed gallium.""");

        assertThat(between(proposals, "country:VN", "mineral:bismuth")).isPresent();
        assertThat(between(proposals, "country:VN", "mineral:antimony")).isPresent();
        assertThat(between(proposals, "country:VN", "mineral:tungsten")).isPresent();
        assertThat(between(proposals, "mineral:bismuth", "mineral:antimony")).isEmpty();
        assertThat(between(proposals, "mineral:bismuth", "mineral:tungsten")).isEmpty();
        // two names are a pair, not a list
        assertThat(between(proposals, "country:VN", "bloc:EU")).isPresent();
    }

    private static Optional<Proposal> between(List<Proposal> proposals, String a, String b) {
        return proposals.stream().filter(p -> a.equals(p.start().id()) && b.equals(p.end().id())
                || b.equals(p.start().id()) && a.equals(p.end().id())).findFirst();
    }

    /** The proposals for a text, its sentences split at ". " and blank lines, its mentions every name of {@link #NAMES}. */
    private static List<Proposal> propose(String text) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher sentence = Pattern.compile("[^\\s][^\\n]*?(?:\\.(?=\\s|$)|$)").matcher(text);
        while (sentence.find()) {
            if (!sentence.group().isBlank()) {
                sentences.add(new Sentence(sentences.size(), sentence.start(), sentence.end(), sentence.group()));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        NAMES.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).forEach(name -> {
            Matcher matcher = Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (mentions.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    int index = sentences.stream().filter(s -> s.start() <= start && start < s.end()).findFirst().orElseThrow().index();
                    mentions.add(new Mention(name, start, end, index, NAMES.get(name), null));
                }
            }
        });
        mentions.sort(Comparator.comparingInt(Mention::start));
        Document document = new Document("document:00000000000000d1", "Discourse test", "Lodestone test wire", null, "2026-03-08",
                null, "en", "d1", text, Instant.parse("2026-03-08T08:00:00Z"));
        List<Proposal> proposals = proposer.propose(document, sentences, mentions);
        proposals.forEach(p -> assertThat(text.substring(p.evidenceStart(), p.evidenceEnd())).isEqualTo(p.evidence()));
        return proposals;
    }
}
