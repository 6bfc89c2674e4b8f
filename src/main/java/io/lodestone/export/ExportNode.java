package io.lodestone.export;

import java.util.List;

/** An entity as exported: enough to label and colour it in Gephi or a spreadsheet. */
public record ExportNode(String id, String name, String type, List<String> aliases, String description,
                         List<String> sources) {
}
