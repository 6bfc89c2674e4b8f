// The names a document mentions, in text order: entities of the graph, and names it does not know
// yet (entity null, with the kind proposed for them).
// :param id => 'document:0123456789abcdef'
// :param offset => 0
// :param limit => 1000
MATCH (d:Document {id: $id})-[m:MENTIONS]->(target)
WITH m, target ORDER BY m.start, m.end
SKIP $offset LIMIT $limit
RETURN m.text AS text, m.start AS start, m.end AS end, m.sentence AS sentence,
       CASE WHEN target:Entity THEN target.id END AS entityId,
       CASE WHEN target:Entity THEN target.name END AS entityName,
       CASE WHEN target:Entity THEN [label IN labels(target) WHERE NOT label IN ['Entity', 'Actor', 'Resource']][0] END AS entityType,
       m.proposedKind AS proposedKind;
