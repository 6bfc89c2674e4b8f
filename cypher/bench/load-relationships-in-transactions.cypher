// Benchmark baseline (bench/): import/relationships.cypher, committed in batches instead of in one
// transaction, with the same dynamic relationship type. The benchmark always loads into an empty
// database, so facts are created, as a user loading by hand would: a MERGE on a dynamic type is
// planned in Neo4j 5.26 as a scan of the relationships of both ends (or of all of them) per row.
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
CALL (row) {
  MATCH (a:Entity {id: row.start})
  MATCH (b:Entity {id: row.end})
  CREATE (a)-[r:$(row.type) {id: row.id}]->(b)
  SET r.date = row.date,
      r.validFrom = row.validFrom,
      r.validTo = row.validTo,
      r.year = toInteger(row.year),
      r.amount = toFloat(row.amount),
      r.unit = row.unit,
      r.valueText = row.valueText,
      r.share = toFloat(row.share),
      r.shareOfWorld = toFloat(row.shareOfWorld),
      r.resource = row.resource,
      r.activity = row.activity,
      r.level = row.level,
      r.role = row.role,
      r.status = row.status,
      r.sources = split(row.sources, ';'),
      r.evidence = row.evidence,
      r.confidence = row.confidence,
      r.note = row.note,
      r.origin = CASE WHEN row.origin IS NULL THEN [] ELSE split(row.origin, ';') END,
      r.since = coalesce(row.date, row.validFrom, row.year),
      r.until = row.validTo
} IN TRANSACTIONS OF 10000 ROWS;
