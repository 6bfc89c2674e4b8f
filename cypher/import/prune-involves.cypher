// Removes the INVOLVES relationships (cypher/import/involves.cypher) whose fact is gone, or no
// longer names that resource, or no longer has that actor at that end. Each check looks only at
// the actor's own relationships.
MATCH (actor:Entity)-[derived:INVOLVES]->(resource:Resource)
WHERE NOT EXISTS {
  MATCH (actor)-[fact]-()
  WHERE fact.id = derived.fact AND fact.resource = resource.id
    AND (derived.role = 'start') = (startNode(fact) = actor)
}
DELETE derived;
