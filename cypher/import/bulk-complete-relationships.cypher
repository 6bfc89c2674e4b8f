// Completes a graph that Neo4j's bulk importer built from the import files (BulkImporter), so that it
// equals the online import's (cypher/import/relationships.cypher): the bulk importer cannot store an
// empty list, where the online import stores an empty origin field as one, nor derive since/until,
// which as-of queries compare. Run once the database is up; idempotent.
MATCH ()-[r]->()
WHERE r.id STARTS WITH 'fact:'
  AND (r.origin IS NULL
    OR (r.since IS NULL AND coalesce(r.date, r.validFrom, r.year) IS NOT NULL)
    OR (r.until IS NULL AND r.validTo IS NOT NULL))
CALL (r) {
  SET r.origin = coalesce(r.origin, []),
      r.since = coalesce(r.date, r.validFrom, toString(r.year)),
      r.until = r.validTo
} IN TRANSACTIONS OF 10000 ROWS;
