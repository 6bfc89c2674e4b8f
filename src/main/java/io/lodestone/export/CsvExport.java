package io.lodestone.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.lodestone.graph.FactView;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Two CSV tables in one zip, as Gephi's spreadsheet import and spreadsheets expect them:
 * {@code nodes.csv} (Id, Label ...) and {@code edges.csv} (Source, Target, Type ..., with the
 * names of both ends so the edge table reads on its own).
 */
final class CsvExport {

    private CsvExport() {
    }

    static void write(ExportGraph graph, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("nodes.csv"));
        writeNodes(graph, zip);
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("edges.csv"));
        writeEdges(graph, zip);
        zip.closeEntry();
        zip.finish();
    }

    private static void writeNodes(ExportGraph graph, OutputStream out) throws IOException {
        CSVPrinter csv = printer(out, "Id", "Label", "type", "aliases", "description", "sources");
        for (ExportNode node : graph.nodes()) {
            csv.printRecord(node.id(), node.name(), node.type(), FactColumns.text(node.aliases()),
                    FactColumns.text(node.description()), FactColumns.text(node.sources()));
        }
        csv.flush();
    }

    private static void writeEdges(ExportGraph graph, OutputStream out) throws IOException {
        Map<String, String> names = graph.nodes().stream()
                .collect(Collectors.toMap(ExportNode::id, node -> node.name() == null ? "" : node.name(), (a, b) -> a));
        List<String> header = new ArrayList<>(List.of("Id", "Source", "Target", "Type", "Label", "sourceName", "targetName"));
        FactColumns.PROPERTIES.forEach(column -> header.add(column.name()));
        FactColumns.DOCUMENTS.forEach(column -> header.add(column.name()));
        CSVPrinter csv = printer(out, header.toArray(String[]::new));
        Function<String, String> name = id -> names.getOrDefault(id, "");
        for (FactView fact : graph.relationships()) {
            List<String> row = new ArrayList<>(List.of(fact.id(), fact.startId(), fact.endId(), "Directed", fact.type(),
                    name.apply(fact.startId()), name.apply(fact.endId())));
            FactColumns.PROPERTIES.forEach(column -> row.add(FactColumns.property(fact, column.name())));
            FactColumns.DOCUMENTS.forEach(column -> row.add(FactColumns.document(fact, column.name())));
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static CSVPrinter printer(OutputStream out, String... header) throws IOException {
        // Not closed: closing would close the zip stream the next table goes into.
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        return new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }
}
