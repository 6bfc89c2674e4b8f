// Entities whose name or alias matches, best first; case- and accent-insensitive. A name or
// alias equal to the text ranks above partial matches, and equal in case above that ("EU", the
// bloc, before "Eu", europium).
// :param query => '"viet nam"^4 OR (viet AND nam)^2 OR (viet* AND nam*)'   (Lucene syntax; the API builds it from q)
// :param text => 'viet nam'  (the text as typed)
// :param type => null        (or a label: 'Country', 'Firm', 'Actor', 'Resource' ...)
// :param limit => 10
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
WITH node, [name IN [node.name] + coalesce(node.aliases, []) | name] AS names, score
WITH node, score
       + CASE WHEN $text IN names THEN 200 ELSE 0 END
       + CASE WHEN toLower($text) IN [name IN names | toLower(name)] THEN 100 ELSE 0 END AS score
RETURN node.id AS id,
       node.name AS name,
       [label IN labels(node) WHERE NOT label IN ['Entity', 'Actor', 'Resource']][0] AS type,
       node.aliases AS aliases,
       score
ORDER BY score DESC, name
LIMIT $limit;
