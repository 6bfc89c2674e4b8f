// How many relationships (facts) of one type and direction an entity has as of a day: the count of
// one group of entities/entity.cypher, read alone so that paging through a hub's group with
// entities/relationships.cypher costs that group only, not all of the hub's relationships.
// No row when no entity has the id.
// :param id => 'country:VN'
// :param type => 'PRODUCES'
// :param direction => 'outgoing'   (or 'incoming')
// :param asOf => null              (or '2026-01-28')
MATCH (n:Entity {id: $id})
RETURN COUNT {
  MATCH (n)-[r:$($type)]-(:Entity)
  WHERE (CASE WHEN startNode(r) = n THEN 'outgoing' ELSE 'incoming' END) = $direction
    AND ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf) AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf)
} AS total;
