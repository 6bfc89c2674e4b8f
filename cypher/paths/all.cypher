// Paths between two entities (any direction) of increasing length up to $maxHops that visit no
// entity twice, grouped by the entities they pass through; every fact on each hop is kept, and
// `sources` holds the documents those facts cite.
// The search is breadth-first and looks at no more than $candidates fact-level paths, so a
// dense neighbourhood cannot make it run away; shorter paths are always found first.
// :param from => 'bloc:EU'
// :param to => 'firm:huawei'
// :param maxHops => 3                  (1..6)
// :param relationshipFilter => ''      (all types; or e.g. 'PARTNER_OF|AWARDED_CONTRACT_TO')
// :param asOf => null                  (or '2026-01-28')
// :param candidates => 5000
// :param factsPerHop => 50
// :param limit => 25
// Two MATCH clauses, not a comma: a comma raises a cartesian-product notification, which the
// embedded server's Query API cannot serialise (it answers 500); the plan is the same.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
WHERE a <> b
CALL apoc.path.expandConfig(a, {
  terminatorNodes: [b],
  maxLevel: $maxHops,
  relationshipFilter: $relationshipFilter,
  // only entities: documents, sources and candidates are not connections between them
  labelFilter: '+Entity',
  uniqueness: 'NODE_PATH',
  bfs: true,
  limit: $candidates
}) YIELD path
WITH nodes(path) AS pathNodes, relationships(path) AS pathRelationships
WHERE all(r IN pathRelationships WHERE ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf)
      AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf))
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
