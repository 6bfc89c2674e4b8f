// Completes a graph that Neo4j's bulk importer built from the import files (BulkImporter), so that it
// equals the online import's: the bulk importer cannot store an empty list (the online import stores
// an empty origin field as one), nor derive since/until as cypher/import/relationships.cypher does
// (the bulk importer stores year as a number, the CSV field is text). Run once the database is up;
// idempotent.
MATCH ()-[r]->()
WHERE r.id STARTS WITH 'fact:'
CALL (r) {
  SET r.origin = coalesce(r.origin, []),
      r.since = coalesce(r.date, r.validFrom, toString(r.year)),
      r.until = r.validTo
} IN TRANSACTIONS OF 10000 ROWS;
