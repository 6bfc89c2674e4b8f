// The subgraph around an entity, up to $depth hops, over the given relationship types; as of a
// day, only the facts dated or valid then, and the entities still reachable over them.
// :param id => 'firm:asml'
// :param depth => 2
// :param relationshipFilter => ''     (all types; or e.g. 'HEADQUARTERED_IN|OPERATES_IN')
// :param limit => 100                  (at most this many nodes)
// :param maxRelationships => 300       (at most this many relationships, the center's own first;
//                                       relationshipCount counts all)
// :param asOf => null                  (or '2026-01-28')
MATCH (start:Entity {id: $id})
CALL apoc.path.subgraphAll(start, {
  maxLevel: $depth,
  relationshipFilter: $relationshipFilter,
  labelFilter: '+Entity',
  limit: $limit
}) YIELD nodes, relationships
WITH start, nodes, [r IN relationships WHERE ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf)
      AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf)] AS kept
// Entities still reachable over the kept facts within $depth hops.
WITH start, nodes, kept, reduce(reached = [start], level IN range(1, $depth) |
       reached + [r IN kept WHERE startNode(r) IN reached OR endNode(r) IN reached
                  | CASE WHEN startNode(r) IN reached THEN endNode(r) ELSE startNode(r) END]) AS reached
WITH start, [node IN nodes WHERE node IN reached] AS nodes,
     [r IN kept WHERE startNode(r) IN reached AND endNode(r) IN reached] AS relationships
WITH nodes, relationships,
     [r IN relationships WHERE startNode(r) = start OR endNode(r) = start]
       + [r IN relationships WHERE startNode(r) <> start AND endNode(r) <> start] AS ordered
RETURN nodes, ordered[..$maxRelationships] AS relationships, size(relationships) AS relationshipCount;
