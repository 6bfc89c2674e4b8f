// What-if: a country restricts exports of a resource. Who imports it from that country (and how
// much of their supply that is), which restrictions already exist, and who else produces it.
// :param restrictor => 'country:CN'
// :param resource => 'mineral:gallium'
// Two MATCH clauses, not a comma: a comma raises a cartesian-product notification, which the
// embedded server's Query API cannot serialise (it answers 500); the plan is the same.
MATCH (restrictor:Country {id: $restrictor})
MATCH (resource:Resource {id: $resource})
OPTIONAL MATCH (importer:Entity)-[i:IMPORTS_FROM|DEPENDS_ON]->(restrictor)
  WHERE i.resource = $resource
WITH restrictor, resource, importer, max(i.share) AS share,
     collect(DISTINCT coalesce(i.valueText, toString(i.share))) AS reported
ORDER BY coalesce(share, -1) DESC, importer.name
WITH restrictor, resource,
     collect(CASE WHEN importer IS NULL THEN NULL ELSE {importer: importer.name, share: share, reported: reported} END) AS exposed
OPTIONAL MATCH (restrictor)-[x:RESTRICTS_EXPORT_OF]->(resource)
WITH restrictor, resource, exposed, collect(DISTINCT x.activity + ' since ' + x.since) AS existingRestrictions
OPTIONAL MATCH (other:Entity)-[p:PRODUCES]->(resource)
  WHERE other <> restrictor AND NOT other:Region
RETURN resource.name AS resource,
       restrictor.name AS restrictor,
       existingRestrictions,
       exposed,
       collect(DISTINCT other.name) AS alternativeProducers;
