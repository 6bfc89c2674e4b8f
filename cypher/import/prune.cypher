// Removes what an earlier import loaded and the files no longer hold, so the graph matches them.
// $entityIds, $factIds and $sourceIds are every id in the import files. Nodes without the
// Entity or Source label, and relationships without an id, are never touched.
MATCH ()-[r]->()
WHERE r.id STARTS WITH 'fact:' AND NOT r.id IN $factIds
DELETE r
WITH count(*) AS ignored
MATCH (n:Entity)
WHERE NOT n.id IN $entityIds
DETACH DELETE n
WITH count(*) AS ignored
MATCH (s:Source)
WHERE NOT s.id IN $sourceIds
DELETE s;
