package io.lodestone.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.lodestone.ftm.FtmFacts;
import io.lodestone.ftm.FtmModel;
import io.lodestone.graph.FactView;
import io.lodestone.graph.SourceView;
import tech.followthemoney.entity.ValueEntity;

/**
 * Writes a graph as FollowTheMoney entities, one JSON object a line (the format of {@code ftm}
 * and Aleph): entities as their FtM schema (docs/ftm.md), every source as a Document linked by
 * Documentation to the entities it attests, every fact as an FtM interval (UnknownLink unless a
 * schema fits) with its evidence, dates, publishers, links and the remaining properties. Edges
 * derived from facts (INVOLVES) are left out: their fact carries them.
 */
final class FtmExport {

    private FtmExport() {
    }

    /**
     * @param also    documents to write even if nothing exported cites them
     * @param sources looks up the documents the entities cite (the facts carry their own)
     */
    static List<ValueEntity> entities(ExportGraph graph, List<SourceView> also,
                                      Function<Collection<String>, List<SourceView>> sources, FtmModel ftm) {
        // Only facts: a derived INVOLVES edge repeats a fact that is exported already (as its `resource`).
        List<FactView> facts = graph.relationships().stream().filter(FactView::isFact).toList();
        Map<String, SourceView> documents = new LinkedHashMap<>();
        also.forEach(source -> documents.put(source.id(), source));
        facts.forEach(fact -> fact.sources().forEach(source -> documents.putIfAbsent(source.id(), source)));
        Set<String> cited = new LinkedHashSet<>();
        graph.nodes().forEach(node -> cited.addAll(node.sources()));
        cited.removeAll(documents.keySet());
        if (!cited.isEmpty()) {
            sources.apply(cited).forEach(source -> documents.putIfAbsent(source.id(), source));
        }
        List<ValueEntity> entities = new ArrayList<>();
        documents.values().forEach(source -> entities.add(FtmFacts.document(ftm, source)));
        Map<String, ValueEntity> byNode = new LinkedHashMap<>();
        for (ExportNode node : graph.nodes()) {
            ValueEntity entity = FtmFacts.thing(ftm, node.id(), node.name(), node.aliases(), node.description(),
                    node.properties());
            byNode.put(node.id(), entity);
            entities.add(entity);
            for (String sourceId : node.sources()) {
                if (documents.containsKey(sourceId)) {
                    ValueEntity documentation = new ValueEntity(FtmModel.ID_PREFIX + "doc-" + digest(sourceId + " " + node.id()),
                            ftm.schema("Documentation"));
                    FtmFacts.put(documentation, "document", FtmModel.ftmId(sourceId));
                    FtmFacts.put(documentation, "entity", entity.getId());
                    entities.add(documentation);
                }
            }
        }
        for (FactView fact : facts) {
            if (byNode.containsKey(fact.startId()) && byNode.containsKey(fact.endId())) {
                entities.addAll(FtmFacts.link(ftm, fact, byNode.get(fact.startId()), byNode.get(fact.endId())));
            }
        }
        return entities;
    }

    static void write(List<ValueEntity> entities, OutputStream out) throws IOException {
        for (ValueEntity entity : entities) {
            out.write(entity.toValueJson().toString().getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
