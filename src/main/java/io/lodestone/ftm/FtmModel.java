package io.lodestone.ftm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import tech.followthemoney.entity.ValueEntity;
import tech.followthemoney.model.Model;
import tech.followthemoney.model.Property;
import tech.followthemoney.model.PropertyType;
import tech.followthemoney.model.Schema;

/**
 * The FollowTheMoney schema as the FtM Java library ships it ({@code defaultModel.json}), how
 * Lodestone's kinds and relationship types map onto it (docs/ftm.md), and the validation of
 * entities against it.
 */
@Component
public final class FtmModel {

    /** FtM entity ids: letters and digits, with dots and dashes inside (the entity type's rule). */
    private static final Pattern ENTITY_ID = Pattern.compile("[0-9a-zA-Z]([0-9a-zA-Z.\\-]*[0-9a-zA-Z])?");
    /** FtM dates: an ISO 8601 prefix, from the year to the second. */
    private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2})?)?)?)?)?");
    /** Prefix of the FtM ids of what Lodestone exports: {@code lodestone-<kind>-<key>}. */
    public static final String ID_PREFIX = "lodestone-";

    /** Node kind (the id prefix) to FtM schema. */
    public static final Map<String, String> KIND_SCHEMA = Map.ofEntries(
            Map.entry("country", "PublicBody"), Map.entry("bloc", "Organization"), Map.entry("firm", "Company"),
            Map.entry("person", "Person"), Map.entry("institution", "PublicBody"), Map.entry("mineral", "Asset"),
            Map.entry("technology", "Asset"), Map.entry("facility", "RealEstate"), Map.entry("agreement", "Contract"),
            Map.entry("policy", "Event"), Map.entry("project", "Project"), Map.entry("event", "Event"),
            Map.entry("region", "Address"), Map.entry("status", "Note"));

    /** Relationship types with an FtM schema of their own; every other type is an UnknownLink. */
    public static final Map<String, String> TYPE_SCHEMA = Map.of(
            "OWNS", "Ownership", "SUBSIDIARY_OF", "Ownership", "LEADS", "Directorship", "MEMBER_OF", "Membership",
            "AWARDED_CONTRACT_TO", "ContractAward");

    private final Model model;

    public FtmModel() {
        try {
            this.model = Model.loadDefault();
        } catch (IOException e) {
            throw new UncheckedIOException("The FtM library's defaultModel.json cannot be read", e);
        }
    }

    public Model model() {
        return model;
    }

    public Schema schema(String name) {
        Schema schema = model.getSchema(name);
        if (schema == null) {
            throw new IllegalArgumentException("FtM has no schema " + name);
        }
        return schema;
    }

    /** The FtM id of a Lodestone id: {@code firm:asml} is {@code lodestone-firm-asml}. */
    public static String ftmId(String lodestoneId) {
        int colon = lodestoneId.indexOf(':');
        return ID_PREFIX + lodestoneId.substring(0, colon) + "-" + lodestoneId.substring(colon + 1);
    }

    /** The Lodestone id an FtM id written by {@link #ftmId} stands for; empty for anyone else's id. */
    public static Optional<String> lodestoneId(String ftmId) {
        if (ftmId == null || !ftmId.startsWith(ID_PREFIX)) {
            return Optional.empty();
        }
        String rest = ftmId.substring(ID_PREFIX.length());
        int dash = rest.indexOf('-');
        return dash <= 0 ? Optional.empty() : Optional.of(rest.substring(0, dash) + ":" + rest.substring(dash + 1));
    }

    /** FtM country codes are lower case ISO 3166-1 (plus a few such as {@code eu}); empty when FtM has none. */
    public Optional<String> countryCode(String code) {
        String lower = code.toLowerCase(java.util.Locale.ROOT);
        return model.getType(PropertyType.COUNTRY).getValues().filter(values -> values.containsKey(lower)).map(values -> lower);
    }

    /**
     * Checks entities against the schema: a known, concrete schema; a valid id; only properties of
     * the schema; the required ones present; dates and enumerated values (countries, topics) as FtM
     * defines them; no value longer than FtM allows; references to entities of the file, of the
     * property's range.
     *
     * @return one message per problem, naming the entity (empty: valid)
     */
    public List<String> validate(List<ValueEntity> entities) {
        Map<String, ValueEntity> byId = new java.util.HashMap<>();
        entities.forEach(entity -> byId.put(entity.getId(), entity));
        List<String> problems = new ArrayList<>();
        for (ValueEntity entity : entities) {
            String where = "entity " + entity.getId() + " (" + entity.getSchema().getName() + ")";
            if (entity.getId() == null || !ENTITY_ID.matcher(entity.getId()).matches()) {
                problems.add(where + ": the id is not a valid FtM entity id");
            }
            for (Property required : entity.getSchema().getRequiredProperties()) {
                if (entity.getValues(required).isEmpty()) {
                    problems.add(where + ": required property '" + required.getName() + "' is missing");
                }
            }
            for (Property property : entity.getDefinedProperties()) {
                if (!entity.getSchema().hasProperty(property.getName())) {
                    problems.add(where + ": '" + property.getName() + "' is not a property of " + entity.getSchema().getName());
                }
                for (String value : entity.getValues(property)) {
                    check(where, property, value, byId).ifPresent(problems::add);
                }
            }
        }
        return problems;
    }

    private static Optional<String> check(String where, Property property, String value, Map<String, ValueEntity> byId) {
        PropertyType type = property.getType();
        String name = "'" + property.getName() + "'";
        int max = property.getMaxLength() > 0 ? property.getMaxLength() : type.getMaxLength();
        if (max > 0 && value.length() > max) {
            return Optional.of(where + ": " + name + " is longer than FtM's " + max + " characters");
        }
        if (type.isEnum() && type.getValues().isPresent() && !type.getValues().get().containsKey(value)) {
            return Optional.of(where + ": " + name + " has '" + value + "', not a " + type.getName() + " FtM knows");
        }
        if (type.getName().equals("date") && !DATE.matcher(value).matches()) {
            return Optional.of(where + ": " + name + " has '" + value + "', not an FtM date (ISO 8601 prefix)");
        }
        if (type.isEntity()) {
            ValueEntity target = byId.get(value);
            if (target == null) {
                return Optional.of(where + ": " + name + " refers to " + value + ", which is not in the file");
            }
            Optional<Schema> range = property.getRange();
            if (range.isPresent() && !target.getSchema().isA(range.get())) {
                return Optional.of(where + ": " + name + " refers to " + value + ", a " + target.getSchema().getName()
                        + ", not a " + range.get().getName());
            }
        }
        return Optional.empty();
    }
}
