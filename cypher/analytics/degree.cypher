// Degree centrality (facts per actor) over a projected actor graph (project-actor-graph.cypher first).
// :param graphName => 'lodestone-actors'
// :param limit => 10
CALL gds.degree.stream($graphName) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS entity, score
RETURN entity.id AS id, entity.name AS name, score
ORDER BY score DESC, name
LIMIT $limit;
