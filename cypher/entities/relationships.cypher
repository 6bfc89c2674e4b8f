// A page of an entity's relationships (facts) of one type and direction, as of a day: ordered by
// the name of the entity at the other end, then date, then id, so pages are stable. Reads only
// that type's and direction's relationships of the entity (APOC's expansion reads the store's
// chain of that type and direction; a MATCH with a dynamic type reads every relationship of a hub,
// and a hub has hundreds of thousands) and keeps at most $limit of them.
// :param id => 'country:VN'
// :param type => 'PRODUCES'
// :param direction => 'outgoing'   (or 'incoming')
// :param offset => 0
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
RETURN r AS relationship, other
ORDER BY other.name, r.since, r.id
SKIP $offset
LIMIT $limit;
