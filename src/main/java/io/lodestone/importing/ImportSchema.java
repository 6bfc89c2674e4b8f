package io.lodestone.importing;

import static io.lodestone.importing.ImportColumn.of;
import static io.lodestone.importing.ImportColumn.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.lodestone.importing.ImportColumn.Reference;

/**
 * Every column of every import file, declared once. The validator, the bulk import, the exports,
 * the synthetic world generator and the tables of docs/import-format.md follow it, and a test
 * checks it against the queries of {@code cypher/import/} that load the files: a new column is one
 * declaration here plus the line of Cypher that stores it.
 */
public final class ImportSchema {

    public static final ImportFile SOURCES = new ImportFile("sources.csv", List.of(
            text("id", "`source:<key>`, unique").notEmpty().rule(Rules.id("source")).bulkHeader("id:ID"),
            text("title", "the document's title").notEmpty(),
            text("publisher", "who published it").notEmpty(),
            text("author", "who wrote it"),
            text("date", "publication date, ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`").notEmpty().rule(Rules.DATE),
            text("url", "the web page"),
            text("file", "a document shipped with the case, e.g. `seeds/000_40bed9fd27b8317d.txt`"),
            text("kind", "one of `news`, `report`, `dataset`, `official`, `reference`")
                    .oneOf("one of news, report, dataset, official, reference",
                            "news", "report", "dataset", "official", "reference"),
            text("document", "the id of the document Lodestone holds for this source (`document:<16 hex digits>`, as"
                    + " `POST /api/documents` answers it): the source is linked to it when the document is held")
                    .rule(Rules.id("document"))));

    public static final ImportFile RELATIONSHIPS = new ImportFile("relationships.csv", List.of(
            text("id", "`fact:<key>`, unique; two sources that disagree are two rows with two ids")
                    .notEmpty().rule(Rules.id("fact")),
            text("start", "the id of the node the fact starts at").notEmpty().references(Reference.ENTITY)
                    .bulkHeader(":START_ID"),
            text("type", "a type listed in `relationship-types.csv`, whose start and end kinds must match")
                    .notEmpty().references(Reference.RELATIONSHIP_TYPE).bulkHeader(":TYPE"),
            text("end", "the id of the node the fact ends at").notEmpty().references(Reference.ENTITY)
                    .bulkHeader(":END_ID"),
            text("date", "ISO date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) of an event").rule(Rules.DATE),
            text("validFrom", "ISO date from which a state holds").rule(Rules.DATE),
            text("validTo", "ISO date until which a state holds, not before `validFrom`").rule(Rules.DATE),
            of("year", ColumnType.INTEGER, "the reference year of a figure").rule(Rules.integer(1000, 2200)),
            of("amount", ColumnType.DECIMAL, "a plain decimal number (no `~`, `%`, `>`)").rule(Rules.DECIMAL),
            text("unit", "the amount's unit (`t`, `t REO`, `t W content`, `USD`, ...)"),
            text("valueText", "the value exactly as the source reports it when it is not a plain number"
                    + " (`~600`, `69-74%`, `>=10%`)"),
            of("share", ColumnType.DECIMAL, "fraction 0..1 of the start actor's supply / imports of `resource` from"
                    + " the end actor").rule(Rules.FRACTION),
            of("shareOfWorld", ColumnType.DECIMAL, "fraction 0..1 of world output").rule(Rules.FRACTION),
            text("resource", "a Mineral or Technology id the fact is about (IMPORTS_FROM, SUPPLIES, DEPENDS_ON ...)")
                    .references(Reference.RESOURCE),
            text("activity", "what is done (`chip packaging and testing`, `5G network construction` ...)"),
            text("level", "e.g. partnership level `comprehensive strategic partnership`"),
            text("role", "e.g. `President`, `General Secretary` (LEADS, MEMBER_OF)"),
            text("status", "for HAS_STATUS: the status word (`draft`, `signed`, `in-force`, ...)"),
            of("sources", ColumnType.LIST, "`;`-separated source ids").notEmpty().references(Reference.SOURCES),
            text("evidence", "at most 300 characters, naming both ends (a name or alias of each): for a seed fact"
                    + " an excerpt of the seed, with `[editorial insertions]` and `…` elisions; for a reference fact a"
                    + " one-sentence paraphrase of its row")
                    .notEmpty().rule(Rules.maxLength(300)),
            text("confidence", "`high`, `medium` or `low`").notEmpty()
                    .oneOf("high, medium or low", "high", "medium", "low"),
            text("note", "caveats (revisions, conflicts, estimation)"),
            of("origin", ColumnType.LIST_OR_EMPTY, "where the fact was read: `seeds/<file>` or"
                    + " `reference/facts.tsv:<line>` (line number in that file, header is line 1); several separated by `;`")));

    /** Not loaded into the graph: the types relationships.csv may use, and between which kinds of node. */
    public static final ImportFile RELATIONSHIP_TYPES = new ImportFile("relationship-types.csv", List.of(
            text("type", "an UPPER_SNAKE_CASE relationship type").notEmpty().rule(Rules.RELATIONSHIP_TYPE),
            text("startKinds", "`;`-separated node kinds the type may start at, or `*` for any").notEmpty()
                    .rule(Rules.NODE_KINDS),
            text("endKinds", "`;`-separated node kinds the type may end at, or `*` for any").notEmpty()
                    .rule(Rules.NODE_KINDS),
            text("description", "what a fact of this type says"),
            of("symmetric", ColumnType.BOOLEAN, "`true` when the direction carries no meaning (`PARTNER_OF`,"
                    + " `COOPERATES_WITH`): the start and end kinds must then be the same").rule(Rules.BOOLEAN)));

    // The columns of the node files: the common ones, then each kind's own (NodeKind).
    static final ImportColumn NAME = text("name", "the usual name").notEmpty();
    static final ImportColumn ALIASES = of("aliases", ColumnType.LIST_OR_EMPTY,
            "`;`-separated other names (e.g. `EU;European Union`, `Viet Nam;Việt Nam`)");
    static final ImportColumn DESCRIPTION = text("description", "a short description");
    static final ImportColumn NODE_SOURCES = of("sources", ColumnType.LIST, "`;`-separated ids of the sources that"
            + " attest the entity").notEmpty().references(Reference.SOURCES);
    static final ImportColumn SECTOR = text("sector", "");
    static final ImportColumn INSTITUTION_TYPE = text("institutionType", "");
    static final ImportColumn FACILITY_TYPE = text("facilityType", "mine, refinery, plant, fab, assembly-test, smelter, deposit");
    static final ImportColumn AGREEMENT_TYPE = text("agreementType",
            "fta, investment-agreement, joint-statement, partnership, mou, framework-agreement");
    static final ImportColumn POLICY_TYPE = text("policyType", "export-ban, export-control, law, regulation, strategy, principle");
    static final ImportColumn PROJECT_TYPE = text("projectType", "");
    static final ImportColumn DATE = text("date", "ISO date").rule(Rules.DATE);
    static final ImportColumn SIGNED_DATE = text("signedDate", "ISO date").rule(Rules.DATE);
    static final ImportColumn ADOPTED_DATE = text("adoptedDate", "ISO date").rule(Rules.DATE);
    static final ImportColumn IN_FORCE_DATE = text("inForceDate", "ISO date").rule(Rules.DATE);
    static final ImportColumn EXPIRY_DATE = text("expiryDate", "ISO date").rule(Rules.DATE);
    static final ImportColumn LEGALLY_BINDING = of("legallyBinding", ColumnType.BOOLEAN, "true/false").rule(Rules.BOOLEAN);

    private ImportSchema() {
    }

    /** @return the columns of a node file: id, name, aliases, description, sources, then the kind's own */
    static ImportFile nodeFile(String prefix, String file, ImportColumn... extra) {
        List<ImportColumn> columns = new ArrayList<>(List.of(
                text("id", "`<kind>:<key>` with the file's kind, unique").notEmpty().rule(Rules.entityId(prefix, file))
                        .bulkHeader("id:ID"),
                NAME, ALIASES, DESCRIPTION, NODE_SOURCES));
        columns.addAll(Arrays.asList(extra));
        return new ImportFile(file, columns);
    }

    /** @return every kind of import file: relationship types, sources, the node files, relationships */
    public static List<ImportFile> files() {
        List<ImportFile> files = new ArrayList<>(List.of(SOURCES, RELATIONSHIPS, RELATIONSHIP_TYPES));
        Arrays.stream(NodeKind.values()).map(NodeKind::importFile).forEach(files::add);
        return files;
    }
}
