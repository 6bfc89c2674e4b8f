// What an actor imports or depends on, from whom, and how much: the import facts that name a resource.
// :param actor => 'bloc:EU'
MATCH (actor:Entity {id: $actor})-[fact:IMPORTS_FROM|DEPENDS_ON]->(supplier:Entity)
WHERE fact.resource IS NOT NULL
RETURN fact, actor, supplier;
