// Removes a projected graph from GDS's catalog.
// :param graphName => 'lodestone-actors'
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName;
