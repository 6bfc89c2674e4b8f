// Import facts of an actor by id: those an answer names besides the ones import-shares.cypher returns.
// :param actor => 'bloc:EU'
// :param ids => ['fact:eu-imports-from-cn-l120']
MATCH (actor:Entity {id: $actor})-[fact:IMPORTS_FROM|DEPENDS_ON]->(supplier:Entity)
WHERE fact.id IN $ids
RETURN fact, actor, supplier;
