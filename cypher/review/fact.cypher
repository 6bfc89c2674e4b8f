// Writes one row of relationships.csv to the graph with exactly the properties import/relationships.cypher
// gives it, so that a re-import from the files rebuilds the same fact (ReviewTest checks both agree).
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
MERGE (a)-[fact:$(type) {id: properties.id}]->(b)
SET fact = properties
RETURN fact.id AS id;
