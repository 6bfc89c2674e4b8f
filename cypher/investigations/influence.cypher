// Influence ranking: PageRank over the actors and the facts that link them directly (any fact
// between two actors, in either direction), projected, streamed and dropped in one query.
// The projection has a fresh name so concurrent runs do not collide.
// :param limit => 15
MATCH (a:Actor)-[r]-(b:Actor)
WHERE r.id STARTS WITH 'fact:'
WITH gds.graph.project('influence-' + randomUUID(), a, b, {}, {undirectedRelationshipTypes: ['*']}) AS graph
CALL gds.pageRank.stream(graph.graphName) YIELD nodeId, score
WITH graph.graphName AS graphName, gds.util.asNode(nodeId) AS actor, score
ORDER BY score DESC
WITH graphName, collect({actor: actor, score: score})[..$limit] AS ranking
CALL gds.graph.drop(graphName, false) YIELD graphName AS dropped
UNWIND range(0, size(ranking) - 1) AS rank
WITH rank, ranking[rank].actor AS actor, ranking[rank].score AS score
RETURN rank + 1 AS rank,
       actor.name AS actor,
       [label IN labels(actor) WHERE NOT label IN ['Entity', 'Actor']][0] AS type,
       round(score, 3) AS pageRank,
       COUNT { (actor)--() } AS facts
ORDER BY rank;
