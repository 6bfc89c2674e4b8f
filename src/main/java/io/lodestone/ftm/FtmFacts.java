package io.lodestone.ftm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.lodestone.graph.FactProperties;
import io.lodestone.graph.FactView;
import io.lodestone.graph.SourceView;
import tech.followthemoney.entity.ValueEntity;

/**
 * Lodestone's entities, sources and facts as FtM entities, and back (the mapping table of
 * docs/ftm.md). A fact's evidence is its {@code description}, its dates {@code date},
 * {@code startDate}, {@code endDate}, its id {@code recordId}; the properties FtM has no place
 * for (confidence, share, amount, resource, source ids ...) are lines {@code name: value} of its
 * {@code summary}, which the import reads back.
 */
public final class FtmFacts {

    /** The fact properties carried in {@code summary}, in the order of relationships.csv. */
    public static final List<String> SUMMARY_PROPERTIES = List.of("year", "amount", "unit", "valueText", "share",
            "shareOfWorld", "resource", "activity", "level", "role", "status", "sources", "confidence", "note", "origin");
    private static final String SUBSIDIARY = "subsidiary";

    private FtmFacts() {
    }

    public static ValueEntity document(FtmModel ftm, SourceView source) {
        ValueEntity document = new ValueEntity(FtmModel.ftmId(source.id()), ftm.schema("Document"));
        String key = source.id().substring(source.id().indexOf(':') + 1);
        put(document, "fileName", source.file() != null ? source.file() : source.url() != null ? source.url() : key);
        add(document, "title", source.title());
        add(document, "name", source.title());
        add(document, "publisher", source.publisher());
        add(document, "author", source.author());
        add(document, "publishedAt", source.date());
        add(document, "sourceUrl", source.url());
        add(document, "keywords", source.kind());
        return document;
    }

    /** An entity of the graph as its FtM schema (by kind); countries and blocs also get their FtM country code. */
    public static ValueEntity thing(FtmModel ftm, String id, String name, List<String> aliases, String description,
                                    Map<String, Object> properties) {
        String kind = id.substring(0, id.indexOf(':'));
        ValueEntity entity = new ValueEntity(FtmModel.ftmId(id), ftm.schema(FtmModel.KIND_SCHEMA.get(kind)));
        add(entity, "name", name);
        switch (entity.getSchema().getName()) {
            case "Contract" -> add(entity, "title", name);
            // An Address's caption is `full` (then `summary`), never `name`: without it, readers
            // (Aleph, the import) would name the region after its summary or the word "Address".
            case "Address" -> add(entity, "full", name);
            default -> { }
        }
        aliases.forEach(alias -> add(entity, "alias", alias));
        add(entity, "description", description);
        String key = id.substring(id.indexOf(':') + 1);
        switch (kind) {
            case "country" -> {
                ftm.countryCode(key).ifPresent(code -> {
                    put(entity, "country", code);
                    put(entity, "jurisdiction", code);
                });
                put(entity, "topics", "gov.national");
            }
            case "bloc" -> {
                ftm.countryCode(key).ifPresent(code -> put(entity, "jurisdiction", code));
                put(entity, "topics", "gov.igo");
            }
            case "institution" -> put(entity, "topics", "gov");
            default -> { }
        }
        if (properties.get("sector") != null && entity.getSchema().hasProperty("sector")) {
            put(entity, "sector", text(properties.get("sector")));
        }
        add(entity, "summary", summary(properties::get, List.copyOf(new java.util.TreeSet<>(properties.keySet()))));
        return entity;
    }

    /** A fact as an FtM interval between two entities (plus the Contract a ContractAward needs). */
    public static List<ValueEntity> link(FtmModel ftm, FactView fact, ValueEntity start, ValueEntity end) {
        String schema = FtmModel.TYPE_SCHEMA.getOrDefault(fact.type(), "UnknownLink");
        List<ValueEntity> entities = new ArrayList<>();
        ValueEntity link = new ValueEntity(FtmModel.ftmId(fact.id()), ftm.schema(schema));
        FactProperties properties = fact.properties();
        switch (fact.type()) {
            case "OWNS" -> {
                put(link, "owner", start.getId());
                put(link, "asset", end.getId());
            }
            case "SUBSIDIARY_OF" -> {
                put(link, "owner", end.getId());
                put(link, "asset", start.getId());
                put(link, "ownershipType", SUBSIDIARY);
            }
            case "LEADS" -> {
                put(link, "director", start.getId());
                put(link, "organization", end.getId());
            }
            case "MEMBER_OF" -> {
                put(link, "member", start.getId());
                put(link, "organization", end.getId());
            }
            case "AWARDED_CONTRACT_TO" -> {
                ValueEntity contract = new ValueEntity(FtmModel.ID_PREFIX + "award-" + key(fact.id()), ftm.schema("Contract"));
                String title = properties.activity();
                put(contract, "title", title != null ? title : "contract awarded by " + start.getCaption());
                put(contract, "authority", start.getId());
                add(contract, "contractDate", properties.date());
                entities.add(contract);
                put(link, "contract", contract.getId());
                put(link, "supplier", end.getId());
            }
            default -> {
                put(link, "subject", start.getId());
                put(link, "object", end.getId());
                put(link, "role", fact.type().toLowerCase(Locale.ROOT).replace('_', ' '));
            }
        }
        if (schema.equals("Directorship") || schema.equals("Membership")) {
            add(link, "role", properties.role());
        }
        put(link, "recordId", fact.id());
        add(link, "date", properties.date());
        add(link, "startDate", properties.validFrom());
        add(link, "endDate", properties.validTo());
        add(link, "description", properties.evidence());
        add(link, "summary", summary(properties::get, SUMMARY_PROPERTIES));
        fact.sources().stream().map(SourceView::publisher).filter(Objects::nonNull).distinct().forEach(p -> put(link, "publisher", p));
        fact.sources().stream().map(SourceView::url).filter(Objects::nonNull).distinct().forEach(u -> put(link, "sourceUrl", u));
        entities.add(link);
        return entities;
    }

    /**
     * A link read back: the Lodestone type and the FtM ids at its ends, for the schemata
     * {@link #link} writes; empty for any other schema.
     */
    public static Optional<Link> readLink(ValueEntity entity, Map<String, ValueEntity> byId) {
        String schema = entity.getSchema().getName();
        return switch (schema) {
            case "Ownership" -> first(entity, "ownershipType").filter(SUBSIDIARY::equals).isPresent()
                    ? link(entity, "SUBSIDIARY_OF", "asset", "owner")
                    : link(entity, "OWNS", "owner", "asset");
            case "Directorship" -> link(entity, "LEADS", "director", "organization");
            case "Membership" -> link(entity, "MEMBER_OF", "member", "organization");
            case "ContractAward" -> first(entity, "contract").map(byId::get)
                    .flatMap(contract -> first(contract, "authority"))
                    .flatMap(authority -> first(entity, "supplier").map(supplier -> new Link("AWARDED_CONTRACT_TO", authority, supplier)));
            case "UnknownLink" -> first(entity, "role").map(role -> role.toUpperCase(Locale.ROOT).replace(' ', '_'))
                    .flatMap(type -> link(entity, type, "subject", "object"));
            default -> Optional.empty();
        };
    }

    /** The fact properties a link carries: dates, evidence, and the {@code summary} lines. */
    public static Map<String, String> readProperties(ValueEntity entity) {
        Map<String, String> properties = new LinkedHashMap<>();
        first(entity, "date").ifPresent(v -> properties.put("date", v));
        first(entity, "startDate").ifPresent(v -> properties.put("validFrom", v));
        first(entity, "endDate").ifPresent(v -> properties.put("validTo", v));
        first(entity, "description").ifPresent(v -> properties.put("evidence", v));
        String schema = entity.getSchema().getName();
        if (schema.equals("Directorship") || schema.equals("Membership")) {
            first(entity, "role").ifPresent(v -> properties.put("role", v));
        }
        properties.putAll(readSummary(entity, SUMMARY_PROPERTIES));
        return properties;
    }

    /**
     * An entity's name read back: its {@code name}, which {@link #thing} always writes, else its
     * caption (a foreign Address has only {@code full}). The caption alone is not enough: a Note's
     * is its description, and without one it is the schema's label.
     */
    public static String name(ValueEntity entity) {
        return first(entity, "name").orElseGet(entity::getCaption);
    }

    /** The properties of an entity (its kind's columns) read back from its {@code summary}. */
    public static Map<String, String> readSummary(ValueEntity entity, List<String> names) {
        Map<String, String> properties = new LinkedHashMap<>();
        first(entity, "summary").ifPresent(summary -> summary.lines().forEach(line -> {
            int colon = line.indexOf(": ");
            if (colon > 0 && names.contains(line.substring(0, colon))) {
                properties.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }));
        return properties;
    }

    /** Properties FtM has no place for, as lines {@code name: value}. */
    private static String summary(Function<String, Object> properties, List<String> names) {
        StringBuilder summary = new StringBuilder();
        for (String name : names) {
            String value = text(properties.apply(name));
            if (value != null) {
                summary.append(summary.isEmpty() ? "" : "\n").append(name).append(": ").append(value.replace('\n', ' '));
            }
        }
        return summary.toString();
    }

    /** A Lodestone fact between two FtM entities. */
    public record Link(String type, String startFtmId, String endFtmId) {
    }

    public static Optional<String> first(ValueEntity entity, String property) {
        if (!entity.getSchema().hasProperty(property)) {
            return Optional.empty();
        }
        return entity.getValues(entity.getSchema().getProperty(property)).stream().findFirst();
    }

    private static Optional<Link> link(ValueEntity entity, String type, String from, String to) {
        return first(entity, from).flatMap(start -> first(entity, to).map(end -> new Link(type, start, end)));
    }

    private static String key(String id) {
        return id.substring(id.indexOf(':') + 1);
    }

    private static void add(ValueEntity entity, String property, String value) {
        if (value != null && !value.isBlank()) {
            put(entity, property, value);
        }
    }

    /** Sets a value of a property the entity's schema has (the mapping only uses those). */
    public static void put(ValueEntity entity, String property, String value) {
        if (!entity.getSchema().hasProperty(property)) {
            throw new IllegalArgumentException(entity.getSchema().getName() + " has no property " + property);
        }
        entity.addValue(entity.getSchema().getProperty(property), value);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Objects::toString).reduce((a, b) -> a + ";" + b).orElse(null);
        }
        if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
            return Long.toString(number.longValue());
        }
        return value.toString();
    }
}
