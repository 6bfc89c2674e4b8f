// Who produces the resources and holds their reserves: the alternatives to a dominant supplier.
// Every figure keeps its year and source; revised estimates appear next to the originals.
// :param resources => ['mineral:gallium', 'mineral:tungsten', 'mineral:rare-earths']
// :param countries => ['country:CN', 'country:VN']
MATCH (holder:Entity)-[r:PRODUCES|HAS_RESERVES]->(resource:Resource)
WHERE resource.id IN $resources AND holder.id IN $countries
RETURN resource.name AS resource,
       holder.name AS holder,
       type(r) AS fact,
       r.amount AS amount,
       r.unit AS unit,
       r.shareOfWorld AS shareOfWorld,
       r.since AS asOf,
       r.evidence AS evidence,
       r.sources AS sources
ORDER BY resource, holder, fact, asOf;
