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
// :param limit => 25
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
CALL apoc.path.expandConfig(a, {
  terminatorNodes: [b],
  maxLevel: $maxHops,
  relationshipFilter: $relationshipFilter,
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
// The source ids as a set before the look-up: a DISTINCT inside the subquery would be planned with
// the whole fact list in its key, which between two hubs (thousands of facts) exhausts transaction memory.
WITH pathNodes, relationships, apoc.coll.toSet(apoc.coll.flatten([fact IN relationships | fact.sources])) AS sourceIds
RETURN pathNodes AS nodes, relationships,
       COLLECT {
         MATCH (source:Source)
         WHERE source.id IN sourceIds
         RETURN source {.id, .title, .publisher, .author, .date, .url, .file, .kind}
       } AS sources;
