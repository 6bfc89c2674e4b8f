// What an actor imports or depends on, from whom, and how much: the import facts that name a
// resource, or only those of $resource.
// :param actor => 'bloc:EU'
// :param resource => null              (or 'mineral:gallium')
MATCH (actor:Entity {id: $actor})-[fact:IMPORTS_FROM|DEPENDS_ON]->(supplier:Entity)
WHERE fact.resource IS NOT NULL AND ($resource IS NULL OR fact.resource = $resource)
RETURN fact, actor, supplier
// a stable order: suppliers without a figure are listed in it
ORDER BY supplier.name, fact.id;
