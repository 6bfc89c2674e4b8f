// A write that touches nothing the service answers from (a node outside the entities): it moves the
// embedded database's graph version, so the next centrality ranking is computed, not kept. The query
// benchmark writes it before each "after a write" call and removes it with unmark.cypher.
// :param at => 0
MERGE (mark:BenchmarkMark {id: 'centrality'})
SET mark.at = $at;
