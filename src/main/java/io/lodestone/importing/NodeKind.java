package io.lodestone.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of node, each with its import file, labels and columns (see {@link ImportSchema}). */
public enum NodeKind {
    COUNTRY("country", "countries.csv", List.of("Country", "Actor")),
    BLOC("bloc", "blocs.csv", List.of("Bloc", "Actor")),
    FIRM("firm", "firms.csv", List.of("Firm", "Actor"), ImportSchema.SECTOR),
    PERSON("person", "persons.csv", List.of("Person", "Actor")),
    INSTITUTION("institution", "institutions.csv", List.of("Institution", "Actor"), ImportSchema.INSTITUTION_TYPE),
    MINERAL("mineral", "minerals.csv", List.of("Mineral", "Resource")),
    TECHNOLOGY("technology", "technologies.csv", List.of("Technology", "Resource")),
    FACILITY("facility", "facilities.csv", List.of("Facility"), ImportSchema.FACILITY_TYPE),
    AGREEMENT("agreement", "agreements.csv", List.of("Agreement"), ImportSchema.AGREEMENT_TYPE,
            ImportSchema.SIGNED_DATE, ImportSchema.IN_FORCE_DATE, ImportSchema.EXPIRY_DATE, ImportSchema.LEGALLY_BINDING),
    POLICY("policy", "policies.csv", List.of("Policy"), ImportSchema.POLICY_TYPE,
            ImportSchema.ADOPTED_DATE, ImportSchema.IN_FORCE_DATE, ImportSchema.EXPIRY_DATE, ImportSchema.LEGALLY_BINDING),
    PROJECT("project", "projects.csv", List.of("Project"), ImportSchema.PROJECT_TYPE),
    EVENT("event", "events.csv", List.of("Event"), ImportSchema.DATE),
    REGION("region", "regions.csv", List.of("Region")),
    STATUS("status", "statuses.csv", List.of("Status"));

    private final String prefix;
    private final List<String> labels;
    private final ImportFile importFile;

    NodeKind(String prefix, String file, List<String> labels, ImportColumn... extraColumns) {
        this.prefix = prefix;
        this.labels = labels;
        this.importFile = ImportSchema.nodeFile(prefix, file, extraColumns);
    }

    public String prefix() {
        return prefix;
    }

    public String file() {
        return importFile.name();
    }

    public List<String> labels() {
        return labels;
    }

    public ImportFile importFile() {
        return importFile;
    }

    static Optional<NodeKind> byPrefix(String prefix) {
        return Arrays.stream(values()).filter(kind -> kind.prefix.equals(prefix)).findFirst();
    }
}
