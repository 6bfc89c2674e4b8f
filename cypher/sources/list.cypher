// All source documents with the number of facts each supports, newest first.
// :param offset => 0
// :param limit => 50
MATCH (s:Source)
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.date AS date,
       s.url AS url, s.file AS file, s.kind AS kind,
       head([(s)-[:HELD_AS]->(d:Document) | d.id]) AS document,
       COUNT { ()-[r]->() WHERE s.id IN r.sources } AS facts
ORDER BY s.date DESC, s.id
SKIP $offset
LIMIT $limit;
