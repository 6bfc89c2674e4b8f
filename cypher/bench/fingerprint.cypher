// A fingerprint of the whole graph (every node and relationship with its labels, type and
// properties, through APOC's hashing): bench/hub-load.sh compares it before a kill -9 of the
// service under load and after the restart.
MATCH (n)
WITH count(n) AS nodes
MATCH ()-[r]->()
WITH nodes, count(r) AS relationships
RETURN nodes, relationships, apoc.hashing.fingerprintGraph() AS fingerprint;
