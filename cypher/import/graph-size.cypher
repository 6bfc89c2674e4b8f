// How much of the graph the import files account for.
RETURN COUNT { (:Entity) } AS entities,
       COUNT { (:Source) } AS sources,
       COUNT { ()-[r]->() WHERE r.id STARTS WITH 'fact:' } AS facts;
