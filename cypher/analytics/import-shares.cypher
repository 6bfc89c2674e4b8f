// An actor's import reliance per resource and supplier, computed here rather than by shipping every
// import fact (a hub of a large graph has tens of thousands): for each (resource, supplier) the fact
// whose figure is used (one with a share, then the highest confidence, then the latest `since`,
// then the lowest id), the ids of the first $facts facts (that one first) with their element ids (an
// answer reads those it names by them: named-facts.cypher) and how many there are.
// Only facts valid on $asOf count. Rows carry only what the calculations read (the supplier's id, name
// and labels; the chosen fact's figure, confidence and dates, and its element id to read it in full
// if an answer shows it): a hub's answer has thousands of rows.
// :param actor => 'bloc:EU'
// :param resource => null              (or 'mineral:gallium')
// :param asOf => null                  (or '2024-01-01')
// :param confidence => {high: 1.0, medium: 0.75, other: 0.5}
// :param facts => 10
MATCH (actor:Entity {id: $actor})-[fact:IMPORTS_FROM|DEPENDS_ON]->(supplier:Entity)
WHERE fact.resource IS NOT NULL AND ($resource IS NULL OR fact.resource = $resource)
  AND ($asOf IS NULL OR ((fact.since IS NULL OR fact.since <= $asOf) AND (fact.until IS NULL OR fact.until >= $asOf)))
WITH actor, supplier, fact
ORDER BY fact.share IS NOT NULL DESC,
         coalesce($confidence[fact.confidence], $confidence.other) DESC,
         // as the service compares them: a fact without `since` counts as the latest
         coalesce(fact.since, 'null') DESC, fact.id
WITH supplier, fact.resource AS resource, collect(fact) AS facts
WITH supplier, resource, facts, facts[0] AS fact
RETURN supplier {.id, .name, labels: labels(supplier)} AS supplier, resource,
       fact {.id, .resource, .share, .valueText, .confidence, .since, .until, .year, type: type(fact), elementId: elementId(fact)} AS fact,
       [f IN facts[0..$facts] | f.id] AS factIds, [f IN facts[0..$facts] | elementId(f)] AS factElementIds, size(facts) AS factCount
ORDER BY resource, supplier.name, supplier.id;
