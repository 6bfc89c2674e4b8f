// Export restrictions on a resource, each with the countries or blocs it is aimed at: the
// targets of a policy of the same restricting actor, covering the resource, dated the same day.
// A restriction without such a policy applies to everyone.
// :param resource => 'mineral:gallium'
MATCH (restrictor:Entity)-[fact:RESTRICTS_EXPORT_OF]->(:Entity {id: $resource})
OPTIONAL MATCH (policy:Policy)-[:ISSUED_BY]->(restrictor),
               (policy)-[:COVERS]->(:Entity {id: $resource}),
               (policy)-[:APPLIES_TO]->(scope:Entity)
  WHERE fact.since IN [policy.adoptedDate, policy.inForceDate]
RETURN fact, restrictor, collect(DISTINCT scope.id) AS scope;
