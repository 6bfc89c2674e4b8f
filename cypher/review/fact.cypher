// Writes one row of relationships.csv to the graph with exactly the properties import/relationships.cypher
// gives it, so that a re-import from the files rebuilds the same fact (ReviewTest checks both agree).
// Keeps the `factCount` of the sources it gains or loses up to date (sources/fact-counts.cypher): a
// new fact counts once for each of its sources; a fact written again counts only the change.
// :param row => {id: 'fact:doc-0123456789abcdef', start: 'country:VN', type: 'PRODUCES', end: 'mineral:tungsten', sources: 'source:document-0123456789abcdef', evidence: 'Vietnam mines tungsten.', confidence: 'medium'}
MATCH (a:Entity {id: $row.start})
MATCH (b:Entity {id: $row.end})
WITH a, b, $row AS row
WITH a, b, row.type AS type, {
  id: row.id,
  date: row.date,
  validFrom: row.validFrom,
  validTo: row.validTo,
  year: toInteger(row.year),
  amount: toFloat(row.amount),
  unit: row.unit,
  valueText: row.valueText,
  share: toFloat(row.share),
  shareOfWorld: toFloat(row.shareOfWorld),
  resource: row.resource,
  activity: row.activity,
  level: row.level,
  role: row.role,
  status: row.status,
  sources: split(row.sources, ';'),
  evidence: row.evidence,
  confidence: row.confidence,
  note: row.note,
  origin: CASE WHEN row.origin IS NULL THEN [] ELSE split(row.origin, ';') END,
  since: coalesce(row.date, row.validFrom, row.year),
  until: row.validTo
} AS properties
WITH a, b, type, properties,
     coalesce(head(COLLECT { MATCH (a)-[existing]->(b) WHERE existing.id = properties.id AND type(existing) = type
                             RETURN existing.sources }), []) AS before
MERGE (a)-[fact:$(type) {id: properties.id}]->(b)
SET fact = properties
WITH fact, before
CALL (fact, before) {
  UNWIND apoc.coll.toSet(coalesce(fact.sources, []) + before) AS id
  WITH id, CASE WHEN id IN fact.sources THEN 1 ELSE 0 END - CASE WHEN id IN before THEN 1 ELSE 0 END AS change
  WHERE change <> 0
  MATCH (s:Source {id: id})
  SET s.factCount = s.factCount + change
}
RETURN fact.id AS id;
