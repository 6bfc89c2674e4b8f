// Writes one document and its mentions, replacing what an earlier write of it held (idempotent).
// Known entities: (:Document)-[:MENTIONS]->(:Entity); names the graph does not know yet:
// (:Document)-[:MENTIONS]->(:Name {key}), one Name node per way of writing it (accents, case and
// punctuation aside), shared by every document that uses it.
// :param document => {id: 'document:0123456789abcdef', title: 'A report', publisher: null, author: null, date: '2026-01-28', url: null, language: 'en', contentHash: '...', text: 'Vietnam and the EU ...', ingestedAt: '2026-01-30T10:00:00Z'}
// :param mentions => [{text: 'Vietnam', start: 0, end: 7, sentence: 0, entityId: 'country:VN', key: 'vietnam', proposedKind: null}]
MERGE (d:Document {id: $document.id})
SET d.title = $document.title, d.publisher = $document.publisher, d.author = $document.author,
    d.date = $document.date, d.url = $document.url, d.language = $document.language,
    d.contentHash = $document.contentHash, d.text = $document.text,
    d.ingestedAt = datetime($document.ingestedAt)
WITH d
CALL (d) {
  MATCH (d)-[old:MENTIONS]->()
  DELETE old
}
// The sources this document is the text of (import/source-documents.cypher: by id or url).
CALL (d) {
  MATCH (s:Source)
  WHERE s.document = d.id OR s.url = d.url
  MERGE (s)-[:HELD_AS]->(d)
}
CALL (d) {
  UNWIND $mentions AS mention
  WITH mention WHERE mention.entityId IS NOT NULL
  MATCH (entity:Entity {id: mention.entityId})
  CREATE (d)-[:MENTIONS {start: mention.start, end: mention.end, text: mention.text, sentence: mention.sentence}]->(entity)
}
CALL (d) {
  UNWIND $mentions AS mention
  WITH mention WHERE mention.entityId IS NULL
  MERGE (name:Name {key: mention.key})
    ON CREATE SET name.name = mention.text, name.proposedKind = mention.proposedKind
  CREATE (d)-[:MENTIONS {start: mention.start, end: mention.end, text: mention.text, sentence: mention.sentence,
                         proposedKind: mention.proposedKind}]->(name)
}
RETURN d.id AS id;
