package io.lodestone.candidates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.lodestone.documents.DocumentIngested;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposals from the test report, learnt from the curated facts of import/ (no database). */
class ProposerTest {

    private static Proposer proposer;

    @BeforeAll
    static void learn() {
        proposer = ImportModel.proposer(false);
    }

    private static Proposal between(List<Proposal> proposals, String a, String b) {
        return proposals.stream().filter(p -> a.equals(p.start().id()) && b.equals(p.end().id())
                        || b.equals(p.start().id()) && a.equals(p.end().id()))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate between " + a + " and " + b + ": " + proposals));
    }

    @Test
    void typesDirectionsDatesAndValues() {
        DocumentIngested report = TestReport.ingested();
        List<Proposal> proposals = proposer.propose(report.document(), report.sentences(), report.mentions());

        Proposal exports = between(proposals, "country:VN", "mineral:tungsten");
        assertThat(exports.type()).as(exports.why()).isIn("EXPORTS", "PRODUCES");
        assertThat(exports.start().id()).isEqualTo("country:VN");
        assertThat(exports.date()).isEqualTo("2025");
        assertThat(exports.amount()).isEqualByComparingTo("3400");
        assertThat(exports.why()).contains("export");

        Proposal operates = between(proposals, "firm:masan-high-tech-materials", "facility:nui-phao-mine");
        assertThat(operates.type()).as(operates.why()).isIn("OPERATES", "OWNS");
        assertThat(operates.start().id()).isEqualTo("firm:masan-high-tech-materials");

        Proposal restricts = between(proposals, "country:CN", "mineral:gallium");
        assertThat(restricts.type()).as(restricts.why()).isEqualTo("RESTRICTS_EXPORT_OF");
        assertThat(restricts.start().id()).isEqualTo("country:CN");

        Proposal acme = proposals.stream().filter(p -> p.start().id() == null || p.end().id() == null).findFirst().orElseThrow();
        assertThat(acme.start().name() + acme.end().name()).contains("Acme Lithium");
        assertThat(acme.date()).isEqualTo("2026-01-12");

        // Same input, same candidates (ids included).
        assertThat(proposer.propose(report.document(), report.sentences(), report.mentions())).isEqualTo(proposals);
        // Evidence is the document's text at the offsets.
        proposals.forEach(p -> assertThat(report.document().text().substring(p.evidenceStart(), p.evidenceEnd())).isEqualTo(p.evidence()));
    }
}
