// The subgraph around an entity, up to $depth hops, over the given relationship types.
// :param id => 'firm:asml'
// :param depth => 2
// :param relationshipFilter => ''     (all types; or e.g. 'HEADQUARTERED_IN|OPERATES_IN')
// :param limit => 100                  (at most this many nodes)
MATCH (start:Entity {id: $id})
CALL apoc.path.subgraphAll(start, {
  maxLevel: $depth,
  relationshipFilter: $relationshipFilter,
  labelFilter: '+Entity',
  limit: $limit
}) YIELD nodes, relationships
RETURN nodes, relationships;
