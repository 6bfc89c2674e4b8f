// Every production fact of a resource, with who produces it (countries, firms, facilities, and
// region:world for world totals). The service computes shares and concentration from these.
// :param resource => 'mineral:tungsten'
// :Entity lets the planner seek the id in the entity_id constraint's index instead of scanning every Resource.
MATCH (resource:Entity:Resource {id: $resource})
OPTIONAL MATCH (producer:Entity)-[fact:PRODUCES]->(resource)
RETURN resource, collect({fact: fact, producer: producer}) AS production;
