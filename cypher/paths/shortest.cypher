// The shortest paths between two entities (any direction), grouped by the entities they pass
// through; every fact on each hop is kept, so each hop shows all its evidence.
// :param from => 'bloc:EU'
// :param to => 'firm:huawei'
// :param maxHops => 4                  (1..6)
// :param types => null                 (or a list: ['PARTY_TO', 'AWARDED_CONTRACT_TO'])
// :param asOf => null                  (or '2026-01-28')
// :param limit => 10
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a)-[r WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf)
    AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf)]-{1,6}(b)
WHERE length(p) <= $maxHops
WITH nodes(p) AS pathNodes, relationships(p) AS pathRelationships
UNWIND pathRelationships AS relationship
WITH pathNodes, collect(DISTINCT relationship) AS relationships
RETURN pathNodes AS nodes, relationships
ORDER BY size(pathNodes), [node IN pathNodes | node.name]
LIMIT $limit;
