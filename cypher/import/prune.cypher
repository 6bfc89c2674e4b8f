// Removes the entities and sources an earlier import loaded that the files no longer hold (with
// their facts), so the graph matches them; run after import/prune-facts.cypher. $entityIds and
// $sourceIds are every id in the import files. Nodes without the Entity or Source label are never
// touched.
MATCH (n:Entity)
WHERE NOT n.id IN $entityIds
DETACH DELETE n
WITH count(*) AS ignored
MATCH (s:Source)
WHERE NOT s.id IN $sourceIds
DETACH DELETE s;
