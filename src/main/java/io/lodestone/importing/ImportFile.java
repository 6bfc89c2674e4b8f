package io.lodestone.importing;

import java.util.List;
import java.util.Optional;

/** One kind of import file: its name and its columns, in their usual order. */
public record ImportFile(String name, List<ImportColumn> columns) {

    public ImportFile {
        columns = List.copyOf(columns);
    }

    public List<String> columnNames() {
        return columns.stream().map(ImportColumn::name).toList();
    }

    public Optional<ImportColumn> column(String name) {
        return columns.stream().filter(column -> column.name().equals(name)).findFirst();
    }
}
