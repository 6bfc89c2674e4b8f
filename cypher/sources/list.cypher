// A page of the source documents, newest first, with the number of facts each supports: the
// `factCount` the imports and the review maintain (sources/fact-counts.cypher), so a page costs
// its rows, not the graph. A source of a graph imported before the count existed is counted on
// read until the next import (the facts are scanned only for such a source).
// :param offset => 0
// :param limit => 50
MATCH (s:Source)
WITH s
ORDER BY s.date DESC, s.id
SKIP $offset
LIMIT $limit
CALL (s) {
  // An UNWIND, not a WHERE, so that the planner cannot move the test after the scan.
  UNWIND CASE WHEN s.factCount IS NULL THEN [s.id] ELSE [] END AS uncounted
  MATCH ()-[r]->()
  WHERE r.id STARTS WITH 'fact:' AND uncounted IN r.sources
  RETURN count(r) AS counted
}
RETURN s.id AS id, s.title AS title, s.publisher AS publisher, s.author AS author, s.date AS date,
       s.url AS url, s.file AS file, s.kind AS kind,
       head([(s)-[:HELD_AS]->(d:Document) | d.id]) AS document,
       coalesce(s.factCount, counted) AS facts;
