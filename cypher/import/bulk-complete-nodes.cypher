// Completes a graph that Neo4j's bulk importer built from the import files (BulkImporter), so that it
// equals the online import's: the bulk importer cannot store an empty list, and the online import
// stores an empty aliases field as one. Run once the database is up; idempotent.
MATCH (n:Entity)
WHERE n.aliases IS NULL
CALL (n) {
  SET n.aliases = []
} IN TRANSACTIONS OF 10000 ROWS;
