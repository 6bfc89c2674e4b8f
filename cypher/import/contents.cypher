// Whether the graph holds any entity and any fact yet; each check stops at the first match.
RETURN EXISTS { (:Entity) } AS hasEntities,
       EXISTS { ()-[r]->() WHERE r.id STARTS WITH 'fact:' } AS hasFacts;
