// The documents with these ids.
// :param ids => ['source:rawmaterials-2026-01-29', 'source:commodities-2026-01-28']
MATCH (s:Source)
WHERE s.id IN $ids
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.date AS date,
       s.url AS url, s.file AS file, s.kind AS kind,
       head([(s)-[:HELD_AS]->(d:Document) | d.id]) AS document;
