package io.lodestone.export;

import java.util.List;
import java.util.Map;

/**
 * An entity as exported: enough to label and colour it in Gephi or a spreadsheet.
 *
 * @param properties the columns of its kind beyond the common ones (e.g. {@code sector}, {@code signedDate})
 */
public record ExportNode(String id, String name, String type, List<String> aliases, String description,
                         List<String> sources, Map<String, Object> properties) {
}
