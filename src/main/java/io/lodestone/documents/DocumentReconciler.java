package io.lodestone.documents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.lodestone.documents.TextAnalyzer.Analysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.DependsOn;
import org.springframework.stereotype.Component;

/**
 * At start-up, before requests are taken, makes the graph hold exactly the documents of the files:
 * a document whose node is missing (a crash between the files and the graph, a new checkout, a
 * new database) is loaded, with its mentions, and announced like an ingest; a node whose files are
 * gone is removed. Runs after the import of the graph, whose entities the mentions link to.
 */
@Component
@DependsOn({"graphSchema", "graphLoader"})
class DocumentReconciler implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DocumentReconciler.class);

    private final DocumentFiles files;
    private final DocumentGraph graph;
    private final TextAnalyzer analyzer;
    private final MentionDictionary dictionary;
    private final ApplicationEventPublisher events;

    DocumentReconciler(DocumentFiles files, DocumentGraph graph, TextAnalyzer analyzer, MentionDictionary dictionary,
                       ApplicationEventPublisher events) {
        this.files = files;
        this.graph = graph;
        this.analyzer = analyzer;
        this.dictionary = dictionary;
        this.events = events;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> inFiles = files.ids();
        Set<String> inGraph = new HashSet<>(graph.ids());
        int loaded = 0;
        for (String id : inFiles) {
            if (inGraph.remove(id)) {
                continue;
            }
            Document document;
            try {
                document = files.read(id);
            } catch (RuntimeException e) {
                log.error("Document {} in {} cannot be loaded and is left out: {}", id, files.directory(), e.getMessage());
                continue;
            }
            Analysis analysis = analyzer.analyse(document.text(), dictionary.get());
            graph.save(document, analysis.mentions());
            events.publishEvent(new DocumentIngested(document, analysis.sentences(), analysis.mentions()));
            loaded++;
        }
        if (!inGraph.isEmpty()) {
            graph.delete(new ArrayList<>(inGraph));
        }
        if (loaded > 0 || !inGraph.isEmpty()) {
            log.info("Documents reconciled with {}: {} loaded into the graph, {} without files removed",
                    files.directory().toAbsolutePath(), loaded, inGraph.size());
        }
    }
}
