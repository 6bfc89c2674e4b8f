// The entity labels and the relationship types that facts (and the INVOLVES edges derived from
// them) use, for checking request parameters.
CALL db.labels() YIELD label
WITH label WHERE NOT label IN ['Entity', 'Source'] AND NOT label STARTS WITH '__'
WITH collect(label) AS labels
CALL db.relationshipTypes() YIELD relationshipType
WITH labels, relationshipType
WHERE EXISTS { ()-[r]->() WHERE type(r) = relationshipType AND (r.id STARTS WITH 'fact:' OR r.id STARTS WITH 'involves:') }
RETURN labels, collect(relationshipType) AS relationshipTypes;
