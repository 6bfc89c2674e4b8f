// Completes a graph that Neo4j's bulk importer built from the import files (BulkImporter), so that it
// equals the online import's (cypher/import/relationships.cypher, cypher/import/involves.cypher): the
// bulk importer cannot store an empty list, where the online import stores an empty origin field as
// one, on a fact and on the INVOLVES edges derived from it. Run once the database is up; idempotent.
MATCH ()-[r]->()
WHERE r.origin IS NULL AND (r.id STARTS WITH 'fact:' OR r.id STARTS WITH 'involves:')
CALL (r) {
  SET r.origin = coalesce(r.origin, [])
} IN TRANSACTIONS OF 10000 ROWS;
