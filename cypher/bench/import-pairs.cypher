// Actor/resource pairs with at least one import fact naming the resource, in a fixed order:
// the query benchmark asks /api/dependencies and /api/influence about these.
MATCH (actor:Entity)-[fact:IMPORTS_FROM]->(:Entity)
WHERE fact.resource IS NOT NULL
RETURN DISTINCT actor.id AS actor, fact.resource AS resource
ORDER BY actor, resource;
