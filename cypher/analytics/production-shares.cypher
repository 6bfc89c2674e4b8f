// A resource's concentration figures, chosen here rather than by shipping every production fact (at
// scale a resource has a figure per producing country and year, thousands): the world total
// (region:world, the latest year with an amount, then the most trusted), and for each producing
// country the facts with a figure comparable to world output (a reported shareOfWorld, or an amount
// of the total's year and unit), the one used first (the reference year's, then the most trusted,
// then the latest), at most $facts of them with their element ids (named-facts.cypher), how many there
// are, and how many facts it has in all.
// The reference year is the total's, or else the latest year with a reported share. Only facts
// valid on $asOf count. docs/influence.md defines concentration.
// :param resource => 'mineral:tungsten'
// :param asOf => null                  (or '2024-01-01')
// :param confidence => {high: 1.0, medium: 0.75, other: 0.5}
// :param facts => 10
// :Entity lets the planner seek the id in the entity_id constraint's index instead of scanning every Resource.
MATCH (resource:Entity:Resource {id: $resource})
CALL (resource) {
  OPTIONAL MATCH (world:Entity {id: 'region:world'})-[fact:PRODUCES]->(resource)
  WHERE fact.amount IS NOT NULL AND coalesce(fact.year, toInteger(left(fact.since, 4))) IS NOT NULL
    AND ($asOf IS NULL OR ((fact.since IS NULL OR fact.since <= $asOf) AND (fact.until IS NULL OR fact.until >= $asOf)))
  WITH world, fact
  ORDER BY coalesce(fact.year, toInteger(left(fact.since, 4))) DESC,
           coalesce($confidence[fact.confidence], $confidence.other) DESC
  RETURN world, fact AS total, coalesce(fact.year, toInteger(left(fact.since, 4))) AS totalYear
  LIMIT 1
}
CALL (resource, total, totalYear) {
  OPTIONAL MATCH (:Entity:Country)-[fact:PRODUCES]->(resource)
  WHERE total IS NULL AND fact.shareOfWorld IS NOT NULL AND coalesce(fact.year, toInteger(left(fact.since, 4))) IS NOT NULL
    AND ($asOf IS NULL OR ((fact.since IS NULL OR fact.since <= $asOf) AND (fact.until IS NULL OR fact.until >= $asOf)))
  WITH totalYear, max(coalesce(fact.year, toInteger(left(fact.since, 4)))) AS latestShare
  RETURN coalesce(totalYear, latestShare) AS referenceYear
}
CALL (resource, total, totalYear, referenceYear) {
  OPTIONAL MATCH (producer:Entity:Country)-[fact:PRODUCES]->(resource)
  WHERE $asOf IS NULL OR ((fact.since IS NULL OR fact.since <= $asOf) AND (fact.until IS NULL OR fact.until >= $asOf))
  WITH producer, fact, coalesce(fact.year, toInteger(left(fact.since, 4))) AS year
  WITH producer, fact, year,
       coalesce(fact.shareOfWorld IS NOT NULL OR (total IS NOT NULL AND fact.amount IS NOT NULL AND year = totalYear
                                                  AND total.unit IS NOT NULL AND fact.unit = total.unit), false) AS comparable
  ORDER BY comparable DESC, coalesce(year = referenceYear, false) DESC,
           coalesce($confidence[fact.confidence], $confidence.other) DESC, coalesce(year, 0) DESC, fact.id
  WITH producer, collect(fact) AS facts, sum(CASE WHEN comparable THEN 1 ELSE 0 END) AS figures
  // the figure used (or, without any, one of its facts for the gap), the ids of the first figures, the counts
  RETURN collect(CASE WHEN producer IS NOT NULL THEN {producer: producer, fact: facts[0],
           figureIds: [f IN facts[0..CASE WHEN figures < $facts THEN figures ELSE $facts END] | f.id],
           figureElementIds: [f IN facts[0..CASE WHEN figures < $facts THEN figures ELSE $facts END] | elementId(f)],
           figureCount: figures, factCount: size(facts)} END) AS production
}
RETURN resource, world, total, totalYear, referenceYear, production;
