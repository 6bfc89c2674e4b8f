// Projects the actor network into GDS's in-memory catalog under $graphName: entities with
// $label and every fact between two of them, undirected. Drop it with drop-graph.cypher.
// :param graphName => 'lodestone-actors'
// :param label => 'Actor'
MATCH (source:Entity)
WHERE $label IN labels(source)
OPTIONAL MATCH (source)-[fact]->(target:Entity)
WHERE $label IN labels(target) AND fact.id STARTS WITH 'fact:'
WITH gds.graph.project($graphName, source, target, {}, {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS nodes, graph.relationshipCount AS relationships;
