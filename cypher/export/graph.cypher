// The whole graph for export: every entity and every fact between entities.
MATCH (n:Entity)
WITH collect(n) AS nodes
MATCH (:Entity)-[r]->(:Entity)
WHERE r.id STARTS WITH 'fact:'
RETURN nodes, collect(r) AS relationships;
