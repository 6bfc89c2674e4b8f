// Links every source to the document Lodestone holds for it, (:Source)-[:HELD_AS]->(:Document):
// the document its `document` column names, or a document with the same url. Run after
// import/sources.cypher; a link whose reason is gone is removed. Documents are never created here:
// a document ingested later is linked by documents/save.cypher.
MATCH (s:Source)
CALL (s) {
  MATCH (s)-[held:HELD_AS]->(d:Document)
  WHERE NOT (coalesce(d.id = s.document, false) OR coalesce(d.url = s.url, false))
  DELETE held
}
CALL (s) {
  MATCH (d:Document)
  WHERE d.id = s.document OR d.url = s.url
  MERGE (s)-[:HELD_AS]->(d)
};
