package io.lodestone.documents;

/**
 * A name in a document's text: {@code text} is {@code document.text().substring(start, end)}.
 *
 * @param sentence     the index of the sentence it is in
 * @param entity       the entity it names; null for a name the graph does not know yet
 * @param proposedKind for a new name: organisation, person or place; null when the entity is known
 */
public record Mention(String text, int start, int end, int sentence, EntityRef entity, String proposedKind) {

    public static final String ORGANISATION = "organisation";
    public static final String PERSON = "person";
    public static final String PLACE = "place";
}
