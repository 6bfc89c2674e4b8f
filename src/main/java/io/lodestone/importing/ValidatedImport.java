package io.lodestone.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Import files that passed validation, with every id they define and the data-quality findings. */
record ValidatedImport(Path directory, List<NodeKind> nodeFiles, Set<String> entityIds, Set<String> factIds,
                       Set<String> sourceIds, DataQuality.Report quality) {
}
