// A page of an entity's relationships (facts) of one type and direction, as of a day: ordered by
// the name of the entity at the other end, then date, then id, so pages are stable. Reads only
// that type's relationships of the entity and keeps at most $limit of them.
// :param id => 'country:VN'
// :param type => 'PRODUCES'
// :param direction => 'outgoing'   (or 'incoming')
// :param offset => 0
// :param limit => 25
// :param asOf => null              (or '2026-01-28')
MATCH (n:Entity {id: $id})-[r:$($type)]-(other:Entity)
WHERE (CASE WHEN startNode(r) = n THEN 'outgoing' ELSE 'incoming' END) = $direction
  AND ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf) AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf)
RETURN r AS relationship, other
ORDER BY other.name, r.since, r.id
SKIP $offset
LIMIT $limit;
