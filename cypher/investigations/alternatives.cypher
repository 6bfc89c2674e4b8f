// Where else an importer could turn if a supplier restricts a resource: the other countries that
// produce it or hold reserves or resources of it, and the agreements covering the resource that
// the importer and that country are both party to.
// :param importer => 'bloc:EU'
// :param restrictor => 'country:CN'
// :param resource => 'mineral:gallium'
// Two MATCH clauses, not a comma: a comma raises a cartesian-product notification, which the
// embedded server's Query API cannot serialise (it answers 500); the plan is the same.
MATCH (importer:Entity {id: $importer})
MATCH (resource:Resource {id: $resource})
MATCH (alternative:Country)-[r:PRODUCES|HAS_RESERVES|HAS_RESOURCES]->(resource)
WHERE alternative.id <> $restrictor
WITH importer, resource, alternative, r
ORDER BY type(r), r.since
WITH importer, resource, alternative,
     collect(type(r) + coalesce(' ' + r.since, '') + coalesce(': ' + r.valueText, '')) AS holds,
     collect(DISTINCT r.evidence) AS evidence
OPTIONAL MATCH (importer)-[:PARTY_TO]->(agreement:Agreement)<-[:PARTY_TO]-(alternative),
               (agreement)-[:COVERS]->(resource)
RETURN alternative.name AS alternative,
       holds,
       collect(DISTINCT agreement.name) AS agreementsCoveringIt,
       evidence
ORDER BY size(agreementsCoveringIt) DESC, alternative;
