// What an importer buys from given suppliers, resource by resource, with every source's figure:
// sources that disagree (e.g. 71% vs 94% for gallium from China) stay side by side.
// :param importer => 'bloc:EU'
// :param suppliers => ['country:CN', 'country:VN']
// :param resources => ['mineral:gallium', 'mineral:tungsten', 'mineral:rare-earths']
MATCH (importer:Entity {id: $importer})-[r:IMPORTS_FROM|DEPENDS_ON]->(supplier:Entity)
WHERE supplier.id IN $suppliers AND r.resource IN $resources
MATCH (resource:Resource {id: r.resource})
RETURN resource.name AS resource,
       supplier.name AS supplier,
       r.share AS share,
       coalesce(r.valueText, toString(r.share)) AS reported,
       r.since AS asOf,
       r.confidence AS confidence,
       r.evidence AS evidence,
       r.sources AS sources
ORDER BY resource, supplier, asOf DESC;
