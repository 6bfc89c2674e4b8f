// One source document and every fact it supports (derived INVOLVES edges copy their fact's sources
// but are not facts: only relationships with a `fact:` id).
// :param id => 'source:commodities-2026-01-28'
MATCH (s:Source {id: $id})
OPTIONAL MATCH (a:Entity)-[r]->(b:Entity)
  WHERE r.id STARTS WITH 'fact:' AND s.id IN r.sources
WITH s, a, r, b
ORDER BY type(r), a.name, b.name
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.date AS date,
       s.url AS url, s.file AS file, s.kind AS kind,
       head([(s)-[:HELD_AS]->(d:Document) | d.id]) AS document,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {
         relationship: r,
         startId: a.id,
         startName: a.name,
         startType: [label IN labels(a) WHERE NOT label IN ['Entity', 'Actor', 'Resource']][0],
         endId: b.id,
         endName: b.name,
         endType: [label IN labels(b) WHERE NOT label IN ['Entity', 'Actor', 'Resource']][0]
       } END) AS facts;
