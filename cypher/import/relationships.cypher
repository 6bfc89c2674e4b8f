// Loads relationships.csv: one fact a row, each with its provenance (sources, evidence,
// confidence, origin) and time (date, validFrom, validTo, year). Run after the node files.
// :param fresh => false   (true only when the graph holds no fact yet: facts are then created
//                          without looking for an existing one, which an empty database's query
//                          plan would do by scanning every relationship for every row)
// Idempotent: a fact is merged by its id, so conflicting facts stay separate.
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
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
  // since/until let as-of queries compare one pair of ISO strings: a partial date ("2024",
  // "2024-05") sorts before every day in it, so it counts from the start of its period.
  since: coalesce(row.date, row.validFrom, row.year),
  until: row.validTo
} AS properties
FOREACH (new IN CASE WHEN $fresh THEN [1] ELSE [] END |
  CREATE (a)-[fact:$(type)]->(b)
  SET fact = properties)
FOREACH (existing IN CASE WHEN $fresh THEN [] ELSE [1] END |
  MERGE (a)-[fact:$(type) {id: properties.id}]->(b)
  SET fact = properties);
