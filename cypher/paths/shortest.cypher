// The shortest paths between two entities (any direction), grouped by the entities they pass
// through; every fact on each hop is kept, so each hop shows all its evidence, and `sources` holds
// the documents those facts cite.
// allShortestPaths is Neo4j's bidirectional breadth-first search: measured at 10-100x faster than
// ALL SHORTEST over a quantified pattern when a path passes through a hub (bench/RESULTS.md). Its
// relationship predicate is checked during the search; the hop limit is applied after it, so that
// a path longer than $maxHops is dropped instead of sending the search into its exhaustive fallback.
// :param from => 'bloc:EU'
// :param to => 'firm:huawei'
// :param maxHops => 4                  (1..6)
// :param types => null                 (or a list: ['PARTY_TO', 'AWARDED_CONTRACT_TO'])
// :param asOf => null                  (or '2026-01-28')
// :param factsPerHop => 50
// :param limit => 10
// Two MATCH clauses, not a comma: a comma raises a cartesian-product notification, which the
// embedded server's Query API cannot serialise (it answers 500); the plan is the same.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[*1..6]-(b))
// Only entities and the facts between them: documents (MENTIONS), sources (HELD_AS) and candidates
// are not connections between the entities.
WHERE all(n IN nodes(p) WHERE n:Entity)
  AND all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types)
    AND ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf)
    AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf))
WITH p
WHERE length(p) <= $maxHops
WITH nodes(p) AS pathNodes, relationships(p) AS pathRelationships
UNWIND pathRelationships AS relationship
WITH pathNodes, collect(DISTINCT relationship) AS relationships
ORDER BY size(pathNodes), [node IN pathNodes | node.name]
LIMIT $limit
// At most $factsPerHop facts of each hop are returned (two hubs can share thousands); factCount
// counts them all.
WITH pathNodes, size(relationships) AS factCount,
     reduce(shown = [], i IN range(0, size(pathNodes) - 2) |
       shown + [fact IN relationships WHERE (startNode(fact) = pathNodes[i] AND endNode(fact) = pathNodes[i + 1])
           OR (startNode(fact) = pathNodes[i + 1] AND endNode(fact) = pathNodes[i])][..$factsPerHop]) AS relationships
// The source ids as a set before the look-up: a DISTINCT inside the subquery would be planned with
// the whole fact list in its key, which between two hubs (thousands of facts) exhausts transaction memory.
WITH pathNodes, relationships, factCount, apoc.coll.toSet(apoc.coll.flatten([fact IN relationships | fact.sources])) AS sourceIds
RETURN pathNodes AS nodes, relationships, factCount,
       COLLECT {
         MATCH (source:Source)
         WHERE source.id IN sourceIds
         RETURN source {.id, .title, .publisher, .author, .date, .url, .file, .kind}
       } AS sources;
