// Production facts of resources by id: the competing figures an answer names besides the ones
// production-shares.cypher returns.
// :param resources => ['mineral:tungsten']
// :param ids => ['fact:cn-produces-tungsten-l070']
MATCH (resource:Entity)
WHERE resource.id IN $resources
MATCH (producer:Entity)-[fact:PRODUCES]->(resource)
WHERE fact.id IN $ids
RETURN fact, producer, resource;
