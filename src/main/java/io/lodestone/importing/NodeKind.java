package io.lodestone.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of node, each with its import file, labels and the columns beyond the common ones. */
enum NodeKind {
    COUNTRY("country", "countries.csv", List.of("Country", "Actor")),
    BLOC("bloc", "blocs.csv", List.of("Bloc", "Actor")),
    FIRM("firm", "firms.csv", List.of("Firm", "Actor"), "sector"),
    PERSON("person", "persons.csv", List.of("Person", "Actor")),
    INSTITUTION("institution", "institutions.csv", List.of("Institution", "Actor"), "institutionType"),
    MINERAL("mineral", "minerals.csv", List.of("Mineral", "Resource")),
    TECHNOLOGY("technology", "technologies.csv", List.of("Technology", "Resource")),
    FACILITY("facility", "facilities.csv", List.of("Facility"), "facilityType"),
    AGREEMENT("agreement", "agreements.csv", List.of("Agreement"),
            "agreementType", "signedDate", "inForceDate", "expiryDate", "legallyBinding"),
    POLICY("policy", "policies.csv", List.of("Policy"),
            "policyType", "adoptedDate", "inForceDate", "expiryDate", "legallyBinding"),
    PROJECT("project", "projects.csv", List.of("Project"), "projectType"),
    EVENT("event", "events.csv", List.of("Event"), "date"),
    REGION("region", "regions.csv", List.of("Region")),
    STATUS("status", "statuses.csv", List.of("Status"));

    static final List<String> COMMON_COLUMNS = List.of("id", "name", "aliases", "description", "sources");

    private final String prefix;
    private final String file;
    private final List<String> labels;
    private final List<String> extraColumns;

    NodeKind(String prefix, String file, List<String> labels, String... extraColumns) {
        this.prefix = prefix;
        this.file = file;
        this.labels = labels;
        this.extraColumns = List.of(extraColumns);
    }

    String prefix() {
        return prefix;
    }

    String file() {
        return file;
    }

    List<String> labels() {
        return labels;
    }

    List<String> extraColumns() {
        return extraColumns;
    }

    static Optional<NodeKind> byPrefix(String prefix) {
        return Arrays.stream(values()).filter(kind -> kind.prefix.equals(prefix)).findFirst();
    }
}
