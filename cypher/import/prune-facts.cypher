// Removes the facts an earlier import loaded that the files no longer hold. $factIds is every fact
// id in the import files; relationships without a fact id are never touched. Not run when the
// import started on a graph without facts: then every fact in it came from these files.
MATCH ()-[r]->()
WHERE r.id STARTS WITH 'fact:' AND NOT r.id IN $factIds
DELETE r;
