// Ends a merge in the graph: the mentions of the merged entity move to the entity it was merged
// into, then the merged entity is deleted with its remaining relationships (its facts were written
// again at the survivor by review/fact.cypher; its derived INVOLVES edges go with it). The facts
// deleted with it no longer count for their sources (sources/fact-counts.cypher).
// :param from => 'firm:old'
// :param into => 'firm:new'
MATCH (old:Entity {id: $from})
MATCH (survivor:Entity {id: $into})
CALL (old, survivor) {
  MATCH (d:Document)-[m:MENTIONS]->(old)
  CREATE (d)-[moved:MENTIONS]->(survivor)
  SET moved = properties(m)
}
CALL (old) {
  MATCH (old)-[fact]-()
  WHERE fact.id STARTS WITH 'fact:'
  WITH DISTINCT fact
  UNWIND apoc.coll.toSet(fact.sources) AS id
  WITH id, count(*) AS deleted
  MATCH (s:Source {id: id})
  SET s.factCount = s.factCount - deleted
}
DETACH DELETE old;
