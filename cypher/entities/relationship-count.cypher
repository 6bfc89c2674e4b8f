// How many relationships (facts) of one type and direction an entity has as of a day: the count of
// one group of entities/entity.cypher, read alone so that paging through a hub's group with
// entities/relationships.cypher costs that group only, not all of the hub's relationships.
// Without a day it is the store's degree count, as in entities/entity.cypher.
// No row when no entity has the id.
// :param id => 'country:VN'
// :param type => 'PRODUCES'
// :param direction => 'outgoing'   (or 'incoming')
// :param asOf => null              (or '2026-01-28')
MATCH (n:Entity {id: $id})
RETURN CASE
  WHEN $asOf IS NULL AND $direction = 'outgoing' THEN apoc.node.degree.out(n, $type)
  WHEN $asOf IS NULL THEN apoc.node.degree.in(n, $type)
  ELSE COUNT {
    CALL apoc.path.expandConfig(n, {
      relationshipFilter: CASE $direction WHEN 'outgoing' THEN $type + '>' ELSE '<' + $type END,
      minLevel: 1, maxLevel: 1
    }) YIELD path
    WITH last(relationships(path)) AS r, last(nodes(path)) AS other
    WHERE other:Entity
      AND (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
    RETURN r
  }
END AS total;
