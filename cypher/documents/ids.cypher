// The ids of every document in the graph (to reconcile it with the document files at start-up).
MATCH (d:Document)
RETURN d.id AS id;
