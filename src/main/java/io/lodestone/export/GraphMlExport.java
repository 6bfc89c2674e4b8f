package io.lodestone.export;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import io.lodestone.graph.FactView;

/**
 * GraphML with every node and edge attribute declared as a {@code <key>}, so Gephi (and yEd,
 * Cytoscape desktop, NetworkX) import names, types and provenance as typed columns.
 */
final class GraphMlExport {

    private static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final List<String> NODE_KEYS = List.of("label", "type", "aliases", "description", "sources");

    private GraphMlExport() {
    }

    static void write(ExportGraph graph, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("graphml");
        xml.writeDefaultNamespace(NS);
        for (String key : NODE_KEYS) {
            key(xml, "node", key, "string");
        }
        key(xml, "edge", "label", "string");
        for (FactColumns.Column column : FactColumns.PROPERTIES) {
            key(xml, "edge", column.name(), column.graphMlType());
        }
        for (FactColumns.Column column : FactColumns.DOCUMENTS) {
            key(xml, "edge", column.name(), "string");
        }
        xml.writeStartElement("graph");
        xml.writeAttribute("id", graph.scope());
        xml.writeAttribute("edgedefault", "directed");
        for (ExportNode node : graph.nodes()) {
            xml.writeStartElement("node");
            xml.writeAttribute("id", node.id());
            data(xml, "node", "label", node.name());
            data(xml, "node", "type", node.type());
            data(xml, "node", "aliases", FactColumns.text(node.aliases()));
            data(xml, "node", "description", node.description());
            data(xml, "node", "sources", FactColumns.text(node.sources()));
            xml.writeEndElement();
        }
        for (FactView fact : graph.relationships()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", fact.id());
            xml.writeAttribute("source", fact.startId());
            xml.writeAttribute("target", fact.endId());
            data(xml, "edge", "label", fact.type());
            for (FactColumns.Column column : FactColumns.PROPERTIES) {
                data(xml, "edge", column.name(), FactColumns.property(fact, column.name()));
            }
            for (FactColumns.Column column : FactColumns.DOCUMENTS) {
                data(xml, "edge", column.name(), FactColumns.document(fact, column.name()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void key(XMLStreamWriter xml, String domain, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", domain + "." + name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    /** Absent values are left out, as GraphML means "no value" (an empty double would not parse). */
    private static void data(XMLStreamWriter xml, String domain, String key, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        xml.writeStartElement("data");
        xml.writeAttribute("key", domain + "." + key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
