// Where else an importer could turn if a supplier restricts a resource: the other countries that
// produce it or hold reserves or resources of it, and the agreements covering the resource that
// the importer and that country are both party to.
// :param importer => 'bloc:EU'
// :param restrictor => 'country:CN'
// :param resource => 'mineral:gallium'
MATCH (importer:Entity {id: $importer}), (resource:Resource {id: $resource})
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
