// The two entities of a merge, with what the merge needs of each, and the facts of the graph that
// name the merged one: as an end, or as the resource a fact is about (through its INVOLVES edges).
// :param from => 'firm:old'
// :param into => 'firm:new'
MATCH (n:Entity)
WHERE n.id IN [$from, $into]
RETURN n.id AS id, n.name AS name, n.aliases AS aliases,
       CASE WHEN n.id = $from THEN
         COLLECT { MATCH (n)-[r]-() WHERE r.id STARTS WITH 'fact:' RETURN DISTINCT r.id }
         + COLLECT { MATCH (n)<-[d:INVOLVES]-() RETURN DISTINCT d.fact }
       ELSE [] END AS facts;
