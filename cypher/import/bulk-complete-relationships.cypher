// Completes a graph that Neo4j's bulk importer built from the import files (BulkImporter), so that it
// equals the online import's: the bulk importer cannot store an empty list, and the online import
// stores an empty origin field as one. Run once the database is up; idempotent.
MATCH ()-[r]->()
WHERE r.id STARTS WITH 'fact:' AND r.origin IS NULL
CALL (r) {
  SET r.origin = []
} IN TRANSACTIONS OF 10000 ROWS;
