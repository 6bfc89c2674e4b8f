// Agreements, policies and projects with their names: reports often describe them ("the draft joint
// statement") instead of naming them; candidate facts resolve such descriptions against these names.
MATCH (n:Entity)
WHERE n:Agreement OR n:Policy OR n:Project
RETURN n.id AS id, [n.name] + coalesce(n.aliases, []) AS names
ORDER BY id;
