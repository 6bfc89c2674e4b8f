package io.lodestone.candidates;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.lodestone.documents.Document;
import io.lodestone.documents.DocumentIngested;
import io.lodestone.documents.EntityRef;
import io.lodestone.documents.Mention;
import io.lodestone.documents.Sentence;

/** A news-style report written for the tests, with its sentences and mentions as the ingest gives them. */
public final class TestReport {

    /** A news-style report written for this test; it names actors of the graph and one it lacks. */
    public static final String TEXT = String.join(" ",
            "Hanoi, 20 January 2026 (Lodestone test wire).",
            "Vietnam exported 3,400 tonnes of tungsten to Japan last year, the trade ministry said.",
            "Masan High-Tech Materials operates the Nui Phao mine in Thai Nguyen province.",
            "Acme Lithium signed a supply agreement with Vietnam on 12 January.",
            "China restricts exports of gallium to the United States.");

    public static final String DOCUMENT = "document:00000000000000a1";

    private TestReport() {
    }

    public static DocumentIngested ingested() {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        int index = 0;
        for (String sentence : TEXT.split("(?<=\\.) ")) {
            int at = TEXT.indexOf(sentence, start);
            sentences.add(new Sentence(index++, at, at + sentence.length(), sentence));
            start = at + sentence.length();
        }
        List<Mention> mentions = new ArrayList<>();
        mention(mentions, sentences, "Vietnam exported", "Vietnam", new EntityRef("country:VN", "Vietnam", "Country"));
        mention(mentions, sentences, "tungsten to", "tungsten", new EntityRef("mineral:tungsten", "tungsten", "Mineral"));
        mention(mentions, sentences, "Japan", "Japan", new EntityRef("country:JP", "Japan", "Country"));
        mention(mentions, sentences, "Masan High-Tech Materials", "Masan High-Tech Materials",
                new EntityRef("firm:masan-high-tech-materials", "Masan High-Tech Materials", "Firm"));
        mention(mentions, sentences, "Nui Phao mine", "Nui Phao mine", new EntityRef("facility:nui-phao-mine", "Nui Phao mine", "Facility"));
        mentions.add(new Mention("Acme Lithium", TEXT.indexOf("Acme Lithium"), TEXT.indexOf("Acme Lithium") + 12,
                sentenceOf(sentences, TEXT.indexOf("Acme Lithium")), null, Mention.ORGANISATION));
        mention(mentions, sentences, "with Vietnam", "Vietnam", new EntityRef("country:VN", "Vietnam", "Country"));
        mention(mentions, sentences, "China restricts", "China", new EntityRef("country:CN", "China", "Country"));
        mention(mentions, sentences, "gallium", "gallium", new EntityRef("mineral:gallium", "gallium", "Mineral"));
        mention(mentions, sentences, "United States", "United States", new EntityRef("country:US", "United States", "Country"));
        Document document = new Document(DOCUMENT, "Vietnam ships tungsten to Japan", "Lodestone test wire", null, "2026-01-20",
                null, "en", "a1", TEXT, Instant.parse("2026-01-21T08:00:00Z"));
        return new DocumentIngested(document, sentences, mentions);
    }

    private static void mention(List<Mention> mentions, List<Sentence> sentences, String context, String name, EntityRef entity) {
        int start = TEXT.indexOf(context) + context.indexOf(name);
        mentions.add(new Mention(name, start, start + name.length(), sentenceOf(sentences, start), entity, null));
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        return sentences.stream().filter(s -> s.start() <= offset && offset < s.end()).findFirst().orElseThrow().index();
    }
}
