// One entity with all its relationships (facts) as of a day, and the entities at their other end.
// :param id => 'country:VN'
// :param asOf => null      (or '2026-01-28': only facts dated or valid on or before that day)
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r]-(other:Entity)
  WHERE ($asOf IS NULL OR r.since IS NULL OR r.since <= $asOf) AND ($asOf IS NULL OR r.until IS NULL OR r.until >= $asOf)
WITH n, r, other
ORDER BY type(r), other.name, r.since
RETURN n AS entity,
       collect(CASE WHEN r IS NULL THEN NULL ELSE {
         relationship: r,
         direction: CASE WHEN startNode(r) = n THEN 'outgoing' ELSE 'incoming' END,
         other: other
       } END) AS relationships;
