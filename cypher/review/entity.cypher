// Creates an entity a reviewer added, with the properties import/nodes.cypher gives a row of a node file.
// :param labels => ['Firm', 'Actor']
// :param row => {id: 'firm:example', name: 'Example', aliases: null, description: null, sources: 'source:document-0123456789abcdef'}
MERGE (n:Entity {id: $row.id})
SET n:$($labels)
SET n.name = $row.name,
    n.aliases = CASE WHEN $row.aliases IS NULL THEN [] ELSE split($row.aliases, ';') END,
    n.description = $row.description,
    n.sources = split($row.sources, ';');
