// One entity, how many relationships (facts) of each type and direction it has as of a day, and
// its latest status (agreements, policies). The relationships themselves are read a group at a
// time by entities/relationships.cypher, so a hub's answer does not grow with its degree.
// :param id => 'country:VN'
// :param asOf => null      (or '2026-01-28': only facts dated or valid on or before that day)
MATCH (n:Entity {id: $id})
OPTIONAL CALL (n) {
  // Without a day, a group's size is the store's degree count for its type and direction, read
  // without touching the relationships: a hub has hundreds of thousands. Every type joins two
  // entities except documents' MENTIONS, which are not facts about the entity.
  WITH n WHERE $asOf IS NULL
  UNWIND apoc.node.relationship.types(n) AS type
  WITH n, type WHERE type <> 'MENTIONS'
  UNWIND [['outgoing', apoc.node.degree.out(n, type)], ['incoming', apoc.node.degree.in(n, type)]] AS counted
  WITH type, counted[0] AS direction, counted[1] AS count
  WHERE count > 0
  RETURN type, direction, count
  UNION
  // As of a day, each relationship's time is compared.
  WITH n WHERE $asOf IS NOT NULL
  MATCH (n)-[r]-(:Entity)
  WHERE (r.since IS NULL OR r.since <= $asOf) AND (r.until IS NULL OR r.until >= $asOf)
  RETURN type(r) AS type, CASE WHEN startNode(r) = n THEN 'outgoing' ELSE 'incoming' END AS direction, count(r) AS count
}
WITH n, type, direction, count
ORDER BY type, direction
WITH n, collect(CASE WHEN type IS NULL THEN NULL ELSE {type: type, direction: direction, count: count} END) AS groups
OPTIONAL CALL (n) {
  MATCH (n)-[s:HAS_STATUS]->(status)
  WHERE ($asOf IS NULL OR s.since IS NULL OR s.since <= $asOf) AND ($asOf IS NULL OR s.until IS NULL OR s.until >= $asOf)
  RETURN s, status
  ORDER BY s.since DESC
  LIMIT 1
}
RETURN n AS entity, groups,
       CASE WHEN s IS NULL THEN NULL ELSE {status: status.name, since: s.since, factId: s.id} END AS status;
