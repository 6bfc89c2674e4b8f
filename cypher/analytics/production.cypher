// The production facts of a resource by countries (shares of world output) and regions
// (region:world for world totals): what concentration is computed from. Firms and facilities that
// produce it are left out here (thousands for a common mineral on a large graph); supply chains
// (supply-chains.cypher) show the ones that matter to an actor.
// :param resource => 'mineral:tungsten'
// :Entity lets the planner seek the id in the entity_id constraint's index instead of scanning every Resource.
MATCH (resource:Entity:Resource {id: $resource})
OPTIONAL MATCH (producer:Entity)-[fact:PRODUCES]->(resource)
  WHERE producer:Country OR producer:Region
RETURN resource, collect({fact: fact, producer: producer}) AS production;
