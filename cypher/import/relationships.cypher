// Loads relationships.csv: one fact a row, each with its provenance (sources, evidence,
// confidence, origin) and time (date, validFrom, validTo, year). Run after the node files.
// Idempotent: a fact is merged by its id, so conflicting facts stay separate.
LOAD CSV WITH HEADERS FROM 'file:///relationships.csv' AS row
MATCH (a:Entity {id: row.start})
MATCH (b:Entity {id: row.end})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
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
    // since/until let as-of queries compare one pair of ISO strings: a partial date ("2024",
    // "2024-05") sorts before every day in it, so it counts from the start of its period.
    r.since = coalesce(row.date, row.validFrom, row.year),
    r.until = row.validTo;
