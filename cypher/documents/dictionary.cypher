// Every entity a document may name, with its aliases, for the mention dictionary (statuses are
// words like "draft", not things a report names).
MATCH (n:Entity)
WHERE NOT n:Status
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
       [label IN labels(n) WHERE NOT label IN ['Entity', 'Actor', 'Resource']][0] AS type,
       n:Resource AS resource;
