// Some of an entity's relationships (facts) of one type and direction, as of a day: the first
// $limit found in the store, listed by the name of the entity at the other end. The entity page
// previews a large group with them: ordering a group of a hub (tens of thousands at size L) reads
// all of it, while these read only as many as are shown. entities/relationships.cypher pages
// through the whole group in order.
// :param id => 'country:VN'
// :param type => 'PRODUCES'
// :param direction => 'outgoing'   (or 'incoming')
// :param limit => 25
// :param asOf => null              (or '2026-01-28')
MATCH (n:Entity {id: $id})
CALL apoc.path.expandConfig(n, {
  relationshipFilter: CASE $direction WHEN 'outgoing' THEN $type + '>' ELSE '<' + $type END,
  minLevel: 1, maxLevel: 1
}) YIELD path
WITH last(relationships(path)) AS r, last(nodes(path)) AS other
WHERE other:Entity
  AND ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf) AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf)
WITH r, other
LIMIT $limit
RETURN r AS relationship, other
ORDER BY other.name, r.since, r.id;
