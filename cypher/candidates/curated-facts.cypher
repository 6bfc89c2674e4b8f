// The facts of the graph with their evidence: the labelled examples candidate facts are proposed from.
// :param limit => 50000
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id STARTS WITH 'fact:' AND r.evidence IS NOT NULL
RETURN r.id AS id, type(r) AS type, a.id AS startId, a.name AS startName, b.id AS endId, b.name AS endName,
       r.evidence AS evidence
ORDER BY id
LIMIT $limit;
