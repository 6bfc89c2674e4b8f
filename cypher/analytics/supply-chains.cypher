// How an actor obtains a resource: direct imports, partners that produce it (through an
// agreement covering it, or a partnership), and firms headquartered with the actor that produce
// it or run facilities that do. Each chain lists its entities and facts in order. At most $limit
// chains of each kind: a hub of a large graph has tens of thousands.
// :param actor => 'bloc:EU'
// :param resource => 'mineral:gallium'
// :param limit => 25
MATCH path = (actor:Entity {id: $actor})-[fact:IMPORTS_FROM|DEPENDS_ON]->(supplier:Entity)
WHERE fact.resource = $resource
RETURN 'direct-import' AS kind, nodes(path) AS nodes, relationships(path) AS relationships
LIMIT $limit
UNION
MATCH path = (actor:Entity {id: $actor})-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(partner:Entity)-[:PRODUCES]->(resource:Entity {id: $resource}),
      (agreement)-[covers:COVERS]->(resource)
WHERE partner <> actor
RETURN 'partner-agreement' AS kind, nodes(path) AS nodes, relationships(path) + covers AS relationships
LIMIT $limit
UNION
MATCH path = (actor:Entity {id: $actor})-[:PARTNER_OF|COOPERATES_WITH]-(partner:Entity)-[:PRODUCES]->(:Entity {id: $resource})
RETURN 'partner' AS kind, nodes(path) AS nodes, relationships(path) AS relationships
LIMIT $limit
UNION
MATCH path = (actor:Entity {id: $actor})<-[:HEADQUARTERED_IN]-(:Firm)-[:PRODUCES]->(:Entity {id: $resource})
RETURN 'firm' AS kind, nodes(path) AS nodes, relationships(path) AS relationships
LIMIT $limit
UNION
MATCH path = (actor:Entity {id: $actor})<-[:HEADQUARTERED_IN]-(:Firm)-[:OPERATES|OWNS]->(:Facility)-[:PRODUCES]->(:Entity {id: $resource})
RETURN 'firm-facility' AS kind, nodes(path) AS nodes, relationships(path) AS relationships
LIMIT $limit;
