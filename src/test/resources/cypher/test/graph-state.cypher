// Everything a test needs to tell whether the graph changed: sizes and a fingerprint of all nodes,
// relationships and properties (tests only; under src/test/resources/cypher).
RETURN COUNT { (n) } AS nodes,
       COUNT { ()-[]->() } AS relationships,
       COUNT { (:Entity) } AS entities,
       COUNT { (:Source) } AS sources,
       COUNT { ()-[r]->() WHERE r.id STARTS WITH 'fact:' } AS facts,
       apoc.hashing.fingerprintGraph() AS fingerprint;
