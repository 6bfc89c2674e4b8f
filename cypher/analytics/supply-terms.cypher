// What an actor's imports weigh in influence over it (docs/influence.md), summed here rather than
// shipping a row per resource and supplier (a hub of the XL world has 20 000 of them): per resource,
// the sum of its suppliers' import shares (how much the actor depends on it); per supplier with a
// share, the sum of its shares, how many there are and the $terms largest, each with the fact whose
// figure is used (chosen as import-shares.cypher chooses it), the ids and element ids of the first $facts
// facts of that resource and supplier, and how many there are.
// :param actor => 'country:VN'
// :param asOf => null                  (or '2024-01-01')
// :param confidence => {high: 1.0, medium: 0.75, other: 0.5}
// :param terms => 10
// :param facts => 10
MATCH (actor:Entity {id: $actor})-[fact:IMPORTS_FROM|DEPENDS_ON]->(supplier:Entity)
WHERE fact.resource IS NOT NULL
  AND ($asOf IS NULL OR ((fact.since IS NULL OR fact.since <= $asOf) AND (fact.until IS NULL OR fact.until >= $asOf)))
WITH supplier, fact
ORDER BY fact.share IS NOT NULL DESC,
         coalesce($confidence[fact.confidence], $confidence.other) DESC,
         coalesce(fact.since, 'null') DESC, fact.id
WITH supplier, fact.resource AS resource, collect(fact) AS facts
WITH collect({supplier: supplier, resource: resource, share: facts[0].share, fact: facts[0], facts: facts}) AS pairs
CALL (pairs) {
  UNWIND pairs AS pair
  WITH pair.resource AS resource, sum(pair.share) AS known
  RETURN collect({resource: resource, known: known}) AS resources
}
CALL (pairs) {
  UNWIND pairs AS pair
  WITH pair
  WHERE pair.share IS NOT NULL
  WITH pair.supplier AS supplier, sum(pair.share) AS score, count(*) AS termCount,
       apoc.coll.sortMulti(collect(pair), ['share', '^resource'])[0..$terms] AS top
  RETURN collect({supplier: supplier {.id, .name, labels: labels(supplier)}, score: score, termCount: termCount,
                  terms: [t IN top | {factIds: [f IN t.facts[0..$facts] | f.id], factElementIds: [f IN t.facts[0..$facts] | elementId(f)],
                                      factCount: size(t.facts),
                                      fact: {id: t.fact.id, resource: t.fact.resource, share: t.fact.share, valueText: t.fact.valueText,
                                             confidence: t.fact.confidence, since: t.fact.since, until: t.fact.until, year: t.fact.year,
                                             type: type(t.fact), elementId: elementId(t.fact)}}]}) AS suppliers
}
RETURN resources, suppliers;
