// The status words of the graph ("draft", "signed", "in force", "entered into force"): reports state them, they
// are not names.
MATCH (s:Status)
RETURN s.id AS id, [s.name] + coalesce(s.aliases, []) AS names
ORDER BY id;
